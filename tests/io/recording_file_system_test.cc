#include "io/recording_file_system.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(RecordingFileSystemTest, NotesEachFileReadOnceAbsoluteAndNormal) {
  MemoryFileSystem memory;
  memory.Add("/title/print.template", "font.size = 11pt\n");
  memory.Add("/house/house.template", "font.size = 12pt\n");
  memory.Add("/title/../house/house.template", "font.size = 12pt\n");  // one file, two spellings
  RecordingFileSystem recorded(memory);
  ASSERT_TRUE(recorded.ReadFile("/title/print.template").ok());
  ASSERT_TRUE(recorded.ReadFile("/title/../house/house.template").ok());
  ASSERT_TRUE(recorded.ReadFile("/house/house.template").ok());
  EXPECT_EQ(recorded.FilesReadList(), "/house/house.template\n/title/print.template\n");
}

TEST(RecordingFileSystemTest, AFailedReadOrAProbeIsNotARead) {
  MemoryFileSystem memory;
  RecordingFileSystem recorded(memory);
  EXPECT_FALSE(recorded.ReadFile("/nowhere").ok());
  EXPECT_FALSE(recorded.Exists("/elsewhere"));
  EXPECT_TRUE(recorded.files_read().empty());
}

TEST(RecordingFileSystemTest, ARelativePathIsMadeAbsolute) {
  MemoryFileSystem memory;
  memory.Add("a.txt", "x");
  RecordingFileSystem recorded(memory);
  ASSERT_TRUE(recorded.ReadFile("a.txt").ok());
  ASSERT_EQ(recorded.files_read().size(), 1u);
  EXPECT_EQ(recorded.files_read().begin()->front(), '/');
}

}  // namespace
}  // namespace galley
