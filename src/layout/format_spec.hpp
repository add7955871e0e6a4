// The four formats of GB/T 9704 as small descriptions of what differs from the 文件格式;
// the layout code reads these instead of branching on the format everywhere.
#pragma once

#include "common/length.hpp"
#include "model/document.hpp"
#include "style/style.hpp"

namespace gongwen::detail {

struct FormatSpec {
  Format format = Format::document;
  // 发文机关标志: top edge from the page top.
  Length mark_top = 0;
  bool lead_issuer_only = false;   // 信函: a joint letter shows the lead issuer only
  bool use_suffix = true;          // 文件 / 命令 / 令 / 纪要 after the issuer
  // Below the mark: 文件 and 纪要 put the number two lines below and a red rule 4 mm under
  // it; 命令 puts the 令号 two lines below with no rule; 信函 has its double lines.
  bool separator = true;
  bool letter_lines = false;       // 信函: red double lines at the top and bottom of page 1
  int body_blank_lines = 1;        // blank lines above the first 主体 line (命令: 2)
  bool number_first_page = true;   // 信函: page 1 carries no number
  bool colophon_print_line = true; // 信函: no 印发 line
  bool colophon_rules = true;      // 信函: no rules
  bool signer_seal = false;        // 命令: 签发人签名章 instead of the issuer's seal
  bool attendance = false;         // 纪要: 出席/请假/列席 lines
};

FormatSpec format_spec(Format format, const Style& style);

}  // namespace gongwen::detail
