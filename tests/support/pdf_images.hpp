// Reads the image XObjects a PDF's pages use, decompressed by qpdf (an engine other than
// ours), so tests compare the embedded pixels with the values written into a seal file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::test {

struct PdfImageData {
  int width = 0, height = 0, bits = 0;
  std::string color_space;          // "/DeviceRGB"
  std::string filter;               // "/FlateDecode" (first filter), empty when none
  std::vector<std::uint8_t> pixels;  // decoded stream data
  bool has_smask = false;
  std::vector<std::uint8_t> smask;   // the SMask's decoded data (DeviceGray)
  std::string smask_filter;
};

// One vector per page: the images in the page's /Resources /XObject. Throws
// std::runtime_error if qpdf cannot read the PDF.
std::vector<std::vector<PdfImageData>> read_page_images(const std::vector<unsigned char>& pdf);

}  // namespace gongwen::test
