#include "layout/format_spec.hpp"

namespace gongwen::detail {

FormatSpec format_spec(Format format, const Style& s) {
  FormatSpec f;
  f.format = format;
  f.mark_top = s.top + kMarkBelowBodyTop;
  switch (format) {
    case Format::document:
      break;
    case Format::letter:  // §10.1
      f.mark_top = s.letter_mark_top;  // from the page top
      f.lead_issuer_only = true;
      f.use_suffix = false;
      f.separator = false;
      f.letter_lines = true;
      f.number_first_page = false;
      f.colophon_print_line = false;
      f.colophon_rules = false;
      break;
    case Format::order:  // §10.2
      f.mark_top = s.top + s.order_mark_offset;
      f.separator = false;
      f.body_blank_lines = 2;
      f.signer_seal = true;
      break;
    case Format::minutes:  // §10.3
      f.attendance = true;
      break;
  }
  return f;
}

}  // namespace gongwen::detail
