#include "catalogue/shard.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>

namespace galley {
namespace {

using ::testing::HasSubstr;

EnvironmentLookup Env(std::map<std::string, std::string> values) {
  return [values](const char* name) {
    auto it = values.find(name);
    return it == values.end() ? std::string() : it->second;
  };
}

TEST(ShardTest, ParsesIndexOfCount) {
  Result<Shard> shard = ParseShard("2/3", Env({}));
  ASSERT_TRUE(shard.ok()) << shard.error().ToString();
  EXPECT_EQ(shard->index, 2);
  EXPECT_EQ(shard->count, 3);
}

TEST(ShardTest, RefusesWhatIsNotAShard) {
  for (const char* text : {"3/3", "1/0", "-1/3", "1", "a/b", "1/3x", ""}) {
    Result<Shard> shard = ParseShard(text, Env({}));
    ASSERT_FALSE(shard.ok()) << text;
    EXPECT_THAT(shard.error().ToString(), HasSubstr("--shard")) << text;
  }
}

TEST(ShardTest, AutoReadsSlurmArrayOffsetByItsFirstIndex) {
  // sbatch --array=1-4: ids 1…4, TASK_MIN 1, COUNT 4; shard 0…3.
  Result<Shard> shard = ParseShard(
      "auto", Env({{"SLURM_ARRAY_TASK_ID", "4"}, {"SLURM_ARRAY_TASK_MIN", "1"},
                   {"SLURM_ARRAY_TASK_COUNT", "4"}}));
  ASSERT_TRUE(shard.ok()) << shard.error().ToString();
  EXPECT_EQ(shard->index, 3);
  EXPECT_EQ(shard->count, 4);
}

TEST(ShardTest, AutoReadsKubernetesIndexWithTheCountTheManifestSets) {
  Result<Shard> shard =
      ParseShard("auto", Env({{"JOB_COMPLETION_INDEX", "0"}, {"GALLEY_SHARD_COUNT", "5"}}));
  ASSERT_TRUE(shard.ok()) << shard.error().ToString();
  EXPECT_EQ(shard->index, 0);
  EXPECT_EQ(shard->count, 5);

  Result<Shard> no_count = ParseShard("auto", Env({{"JOB_COMPLETION_INDEX", "0"}}));
  ASSERT_FALSE(no_count.ok());
  EXPECT_THAT(no_count.error().ToString(), HasSubstr("GALLEY_SHARD_COUNT"));
}

TEST(ShardTest, AutoOutsideAJobArrayIsAnError) {
  Result<Shard> shard = ParseShard("auto", Env({}));
  ASSERT_FALSE(shard.ok());
  EXPECT_THAT(shard.error().ToString(), HasSubstr("SLURM_ARRAY_TASK_ID"));
}

TEST(ShardTest, EverySlugIsInExactlyOneShardAndShardsAreNotEmpty) {
  std::map<int, int> sizes;
  for (int i = 0; i < 300; ++i) {
    std::string slug = "title-" + std::to_string(i);
    int owners = 0;
    for (int index = 0; index < 3; ++index) {
      if (InShard(slug, {index, 3})) {
        ++owners;
        ++sizes[index];
      }
    }
    EXPECT_EQ(owners, 1) << slug;
  }
  for (int index = 0; index < 3; ++index) EXPECT_GT(sizes[index], 50) << index;
}

}  // namespace
}  // namespace galley
