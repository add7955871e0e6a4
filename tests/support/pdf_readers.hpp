// Opens finished PDF bytes in the three independent readers the project promises to be
// clean in (issue 12): Ghostscript (stopping on the first error), qpdf --check and MuPDF,
// and collects everything they say that is a complaint.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace gongwen::test::probe {

// One line per complaint, prefixed with the reader ("gs: …", "qpdf: …", "mutool: …"):
// every output line (stdout or stderr) that mentions "error" or "warning" in any case,
// and a non-zero exit status. Lines every input produces on this system are not
// complaints: qpdf's closing "No syntax or stream encoding errors found; the file may
// still contain / errors that qpdf cannot detect" and Debian mutool's ICC notice. Empty
// when all three readers accept the PDF without a word.
std::vector<std::string> reader_complaints(std::span<const std::uint8_t> pdf);

}  // namespace gongwen::test::probe
