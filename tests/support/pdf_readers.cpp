#include "support/pdf_readers.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "support/pdf_probe.hpp"

namespace gongwen::test::probe {

namespace {

bool mentions_a_problem(std::string line) {
  std::transform(line.begin(), line.end(), line.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return line.find("error") != std::string::npos || line.find("warning") != std::string::npos;
}

bool is_qpdf_closing_line(const std::string& line) {
  return line == "No syntax or stream encoding errors found; the file may still contain" ||
         line == "errors that qpdf cannot detect";
}

void collect(const std::string& reader, const Output& o, std::vector<std::string>& out) {
  if (o.status != 0) out.push_back(reader + ": exit status " + std::to_string(o.status));
  std::istringstream in(o.out + "\n" + without_tool_noise(o.err));
  for (std::string line; std::getline(in, line);) {
    if (mentions_a_problem(line) && !is_qpdf_closing_line(line)) out.push_back(reader + ": " + line);
  }
}

}  // namespace

std::vector<std::string> reader_complaints(std::span<const std::uint8_t> pdf) {
  std::vector<std::string> complaints;
  // -dPDFSTOPONERROR: Ghostscript otherwise repairs what it can and goes on quietly.
  collect("gs",
          run_on("gs -q -dNOPAUSE -dBATCH -dSAFER -dPDFSTOPONERROR -sDEVICE=nullpage", pdf),
          complaints);
  collect("qpdf", run_on("qpdf --check", pdf), complaints);
  collect("mutool", run_on("mutool draw -q -o /dev/null", pdf), complaints);
  return complaints;
}

}  // namespace gongwen::test::probe
