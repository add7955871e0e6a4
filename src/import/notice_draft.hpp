// The notice as the importer recognised it, before it is written as contract XML. Text
// is final (cleaned); empty means "not in the text".
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gongwen::detail {

// A .docx table (w:tbl → <table>, contract v1.1): header rows from w:tblHeader, spans from
// w:gridSpan and w:vMerge.
struct DraftCell {
  std::vector<std::u32string> paragraphs;
  int colspan = 1, rowspan = 1;
};
struct DraftRow {
  bool header = false;
  std::vector<DraftCell> cells;
};
struct DraftTable {
  std::vector<DraftRow> rows;
};

struct DraftBlock {
  bool section = false;
  int table = -1;           // >= 0: this block is NoticeDraft::tables[table]
  std::u32string text;      // paragraph text, or the section's heading
  std::vector<bool> strong; // per character of a paragraph's text: <strong> (empty: none)
  bool runin = false;
  bool numbered = true;     // false: the heading keeps its own number (number="none")
  std::vector<DraftBlock> blocks;
};

struct DraftAttachment {
  std::u32string title;
  std::vector<DraftBlock> blocks;
};

struct NoticeDraft {
  std::u32string copy_number, secrecy, secrecy_period, urgency;
  std::vector<std::u32string> masthead;
  std::u32string masthead_suffix;
  std::u32string doc_number;
  std::vector<std::u32string> signers;
  std::u32string title, addressee;
  std::vector<DraftBlock> body;
  std::vector<std::u32string> signature_issuers;
  std::string date;  // ISO
  std::u32string note;
  std::vector<DraftAttachment> attachments;
  std::u32string main_to, cc, cc_label, printer, proofreader;
  std::string print_date;  // ISO
  std::vector<DraftTable> tables;
  // What is missing, for the --partial comment: e.g. "<title> (标题): give --title".
  std::vector<std::string> missing;
};

// The contract XML for a draft; `source_name` goes into the leading comment.
std::string write_notice_xml(const NoticeDraft& d, const std::string& source_name);

}  // namespace gongwen::detail
