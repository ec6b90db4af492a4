// Outputs that go in place together or not at all (issue 10, item 5): a batch whose second
// output cannot be staged leaves the first target as it was and no temporary behind.
#include "io/output_batch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/galley_process.h"

namespace galley {
namespace {

using testing::ReadFileOrEmpty;
using testing::TempDir;
using testing::WriteFileOrDie;

// A batch on the real file system, in a folder of its own: what stands in the folder
// afterwards tells whether a temporary was left behind.
class OutputBatchTest : public ::testing::Test {
 protected:
  // The PDF a batch replaces: "old" until the batch commits.
  void WriteOldPdf() { WriteFileOrDie(pdf_, "old"); }

  size_t EntriesInFolder() const {
    return static_cast<size_t>(
        std::distance(std::filesystem::directory_iterator(dir_.path()), {}));
  }

  TempDir dir_;
  RealFileSystem fs_;
  const std::string pdf_ = dir_.File("book.pdf");
};

TEST_F(OutputBatchTest, CommitPutsEveryOutputInPlace) {
  WriteOldPdf();
  OutputBatch batch(fs_);
  ASSERT_TRUE(batch.Add(pdf_, "new pdf").ok());
  ASSERT_TRUE(batch.Add(dir_.File("book.lines.txt"), "new record").ok());
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "old") << "nothing in place before Commit";
  ASSERT_TRUE(batch.Commit().ok());
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "new pdf");
  EXPECT_EQ(ReadFileOrEmpty(dir_.File("book.lines.txt")), "new record");
  EXPECT_EQ(EntriesInFolder(), 2u) << "no temporary left";
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

// The bug: galley pdf --record /nonexistent/x replaced the PDF, then failed on the record.
TEST_F(OutputBatchTest, AnOutputThatCannotBeStagedLeavesTheOthersUntouched) {
  WriteOldPdf();
  OutputBatch batch(fs_);
  ASSERT_TRUE(batch.Add(pdf_, "new pdf").ok());
  Status record = batch.Add(dir_.File("missing/book.lines.txt"), "new record");
  ASSERT_FALSE(record.ok());
  EXPECT_NE(record.error().message.find("does not exist"), std::string::npos);
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "old");
  EXPECT_EQ(EntriesInFolder(), 1u) << "the staged PDF's temporary was removed";
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

TEST_F(OutputBatchTest, ABatchNotCommittedIsDiscarded) {
  {
    OutputBatch batch(fs_);
    ASSERT_TRUE(batch.Add(dir_.File("book.epub"), "bytes").ok());
    EXPECT_EQ(EntriesInFolder(), 1u);  // the temporary
    EXPECT_EQ(RegisteredTemporaryCount(), 1);
  }
  EXPECT_EQ(EntriesInFolder(), 0u);
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

// A stream that refuses its bytes is written before any file is replaced.
TEST_F(OutputBatchTest, AFailedStreamReplacesNoFile) {
  WriteFileOrDie(dir_.File("book.lines.txt"), "old");
  OutputBatch batch(fs_);
  ASSERT_TRUE(batch.Add(dir_.File("book.lines.txt"), "new record").ok());
  ASSERT_TRUE(batch.Add("/dev/full", "pdf").ok());
  Status committed = batch.Commit();
  ASSERT_FALSE(committed.ok());
  EXPECT_EQ(ReadFileOrEmpty(dir_.File("book.lines.txt")), "old");
  EXPECT_EQ(EntriesInFolder(), 1u);
}

TEST(InMemoryOutputBatchTest, OutputsAppearOnlyAtCommit) {
  MemoryFileSystem fs;
  OutputBatch batch(fs);
  ASSERT_TRUE(batch.Add("out/a", "1").ok());
  EXPECT_FALSE(fs.Exists("out/a"));
  ASSERT_TRUE(batch.Commit().ok());
  EXPECT_EQ(*fs.ReadFile("out/a"), "1");
}

// A long book's PDF and record are written piece by piece into their temporaries (issue 10,
// "bounded memory"), and go in place with the batch like any other output.
TEST_F(OutputBatchTest, AnOutputWrittenInPiecesGoesInPlaceWhole) {
  WriteOldPdf();
  OutputBatch batch(fs_);
  Result<OutputWriter*> writer = batch.Open(pdf_);
  ASSERT_TRUE(writer.ok());
  std::string expected;
  for (int piece = 0; piece < 3000; ++piece) {  // several times the writer's buffer
    std::string text = "piece " + std::to_string(piece) + std::string(500, '.') + "\n";
    ASSERT_TRUE((*writer)->Write(text).ok());
    expected += text;
  }
  EXPECT_EQ((*writer)->size(), expected.size());
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "old") << "nothing in place before Commit";
  EXPECT_EQ(EntriesInFolder(), 2u) << "the old file and the temporary";
  ASSERT_TRUE(batch.Commit().ok());
  EXPECT_EQ(ReadFileOrEmpty(pdf_), expected);
  EXPECT_EQ(EntriesInFolder(), 1u) << "no temporary left";
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

// What was written can be read back before the rest is written (the PDF's incremental update
// reads Cairo's cross-reference table), buffered bytes included.
TEST_F(OutputBatchTest, AWriterReadsBackWhatItWrote) {
  OutputBatch batch(fs_);
  Result<OutputWriter*> writer = batch.Open(pdf_);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Write("%PDF-1.5\n").ok());
  ASSERT_TRUE((*writer)->Write("%%EOF\n").ok());
  Result<std::string_view> written = (*writer)->Written();
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, "%PDF-1.5\n%%EOF\n");
  ASSERT_TRUE((*writer)->Write("update\n").ok());
  written = (*writer)->Written();
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, "%PDF-1.5\n%%EOF\nupdate\n");
  ASSERT_TRUE(batch.Commit().ok());
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "%PDF-1.5\n%%EOF\nupdate\n");
}

TEST_F(OutputBatchTest, AnOutputBeingWrittenIsRemovedWhenTheBatchIsNotCommitted) {
  WriteOldPdf();
  {
    OutputBatch batch(fs_);
    Result<OutputWriter*> writer = batch.Open(pdf_);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->Write("half a book").ok());
    EXPECT_EQ(RegisteredTemporaryCount(), 1);
  }
  EXPECT_EQ(ReadFileOrEmpty(pdf_), "old");
  EXPECT_EQ(EntriesInFolder(), 1u) << "the temporary was removed";
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

TEST_F(OutputBatchTest, OpeningBesideAMissingFolderFails) {
  OutputBatch batch(fs_);
  Result<OutputWriter*> writer = batch.Open(dir_.File("missing/book.lines.txt"));
  ASSERT_FALSE(writer.ok());
  EXPECT_NE(writer.error().message.find("does not exist"), std::string::npos);
}

// A stream has no temporary: its pieces wait in memory and are written at commit.
TEST(InMemoryOutputBatchTest, AStreamWrittenInPiecesIsWrittenAtCommit) {
  MemoryFileSystem fs;
  OutputBatch batch(fs);
  Result<OutputWriter*> writer = batch.Open("out/a");
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Write("1").ok());
  ASSERT_TRUE((*writer)->Write("2").ok());
  EXPECT_EQ(*(*writer)->Written(), "12");
  EXPECT_FALSE(fs.Exists("out/a"));
  ASSERT_TRUE(batch.Commit().ok());
  EXPECT_EQ(*fs.ReadFile("out/a"), "12");
}

}  // namespace
}  // namespace galley
