// The document model: what the notice says, in plain data, before any styling.
// Produced by src/parse, read by src/layout.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/inline.hpp"
#include "model/seal_image.hpp"
#include "model/table.hpp"

namespace gongwen::detail {

struct Date {
  int year = 0, month = 0, day = 0;
  SourceOffset at = 0;
};

struct Section;

// Body content is a sequence of blocks: plain paragraphs, sections or tables.
struct Block {
  enum class Kind { paragraph, section, table } kind = Kind::paragraph;
  Paragraph paragraph;                    // kind == paragraph
  std::vector<Section> section;           // kind == section: exactly one element
  std::vector<Table> table;               // kind == table: exactly one element
};

struct Section {
  Paragraph heading;
  bool runin = false;        // heading runs into its first paragraph
  bool numbered = true;      // number="none" => false
  std::vector<Block> blocks;
  SourceOffset at = 0;
};

struct Seal {
  std::string src;  // as written in the XML
  SourceOffset at = 0;
  std::shared_ptr<const SealImage> image;  // decoded at parse time; never null in a parsed Seal
};

struct Signature {
  std::vector<Paragraph> issuers;
  std::optional<Paragraph> position;  // order format: 签发人职务
  std::optional<Paragraph> name;      // order format: 签名章 name
  std::optional<Date> date;
  std::vector<Seal> seals;
  SourceOffset at = 0;
};

struct Attachment {
  Paragraph title;
  bool landscape = false;  // orientation="landscape": 横排 pages (GB/T 9704 §8)
  std::vector<Block> blocks;
  SourceOffset at = 0;
};

struct Colophon {
  std::optional<Paragraph> main_to;
  std::optional<Paragraph> cc;
  std::u32string cc_label = U"抄送";
  std::optional<Paragraph> printer;
  std::optional<Date> print_date;
  std::optional<Paragraph> proofreader;
  SourceOffset at = 0;
};

enum class Format { document, letter, order, minutes };

struct Document {
  Format format = Format::document;
  std::optional<Paragraph> copy_number;
  std::optional<Paragraph> secrecy;        // 机密
  std::optional<Paragraph> secrecy_period; // 1年
  std::optional<Paragraph> urgency;
  std::vector<Paragraph> issuers;          // masthead issuers
  std::optional<std::u32string> masthead_suffix;  // 文件 / 命令 / 令 / 纪要; empty = none
  SourceOffset masthead_at = 0;
  std::optional<Paragraph> doc_number;
  std::vector<Paragraph> signers;          // present => 上行文
  bool has_signers = false;
  std::optional<Paragraph> title;          // may contain U+2028 forced breaks
  std::optional<Paragraph> addressee;
  std::vector<Block> body;
  std::optional<Signature> signature;
  std::optional<Paragraph> note;
  std::vector<Attachment> attachments;
  std::optional<Colophon> colophon;
  std::optional<Paragraph> attendees, absentees, observers;  // minutes
};

}  // namespace gongwen::detail
