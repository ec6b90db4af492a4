// A small hand-made PDF laid out as Cairo 1.16 lays out its files — objects, one classic
// cross-reference table, trailer — so that the incremental update can be tested on a file
// whose every byte a reader of the test can see. Its page tree is nested: the root /Pages
// holds a node holding page 3, then page 2, so page order differs from object order.
#pragma once

#include <map>
#include <string>

namespace galley::render::testing {

// Objects by number; the text between "N 0 obj\n" and "\nendobj".
inline std::map<int, std::string> TinyPdfObjects() {
  return {
      {1, "<< /Type /Pages\n   /Kids [ 4 0 R 2 0 R ]\n   /Count 2\n"
          "   /MediaBox [ 0 0 419.527559 595.275591 ]\n>>"},
      {2, "<< /Type /Page % second\n   /Parent 1 0 R\n   /Resources << >>\n>>"},
      {3, "<< /Type /Page % first\n   /Parent 4 0 R\n   /Resources << >>\n>>"},
      {4, "<< /Type /Pages\n   /Parent 1 0 R\n   /Kids [ 3 0 R ]\n   /Count 1\n>>"},
      {5, "<< /Producer (a test (with >> inside))\n   /CreationDate (20240301120000Z)\n>>"},
      {6, "<< /Type /Catalog\n   /Pages 1 0 R\n>>"},
  };
}

// The file: header, objects in number order, "xref" with one subsection "0 N", trailer with
// /Size, /Root 6 0 R, /Info 5 0 R and `more_trailer`, startxref, %%EOF.
inline std::string TinyPdf(const std::map<int, std::string>& objects = TinyPdfObjects(),
                           const std::string& more_trailer = "") {
  std::string pdf = "%PDF-1.5\n%\xb5\xed\xae\xfb\n";
  std::map<int, size_t> offsets;
  for (const auto& [number, text] : objects) {
    offsets[number] = pdf.size();
    pdf += std::to_string(number) + " 0 obj\n" + text + "\nendobj\n";
  }
  const int size = objects.rbegin()->first + 1;
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f \n";
  for (int number = 1; number < size; ++number) {
    char entry[21];
    auto found = offsets.find(number);
    if (found == offsets.end()) {
      std::snprintf(entry, sizeof entry, "0000000000 00001 f \n");
    } else {
      std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", found->second);
    }
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(size) + "\n   /Root 6 0 R\n   /Info 5 0 R\n" +
         more_trailer + ">>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace galley::render::testing
