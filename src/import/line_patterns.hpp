// Recognisers for single lines: each answers whether a line is one kind of element and
// extracts its parts (import.md's table, "typical evidence in the text").
#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace gongwen::detail {

// 层次: 一、 (1) / （一） (2) / 1. 1． 1、 (3) / （1） (4). `value` is the number written,
// `rest` the text after the marker.
struct HeadingMarker {
  int depth = 0;
  int value = 0;
  std::u32string marker, rest;
};
bool parse_heading_marker(std::u32string_view s, HeadingMarker& out);

// A whole-line date: 2022年3月31日, 2022-03-31, 2022.3.31, 2022/3/31,
// 二〇二二年三月三十一日; a real calendar date.
bool parse_date_line(std::u32string_view s, Date& out);

// 发文字号: 机关代字 + 〔year〕 + number + 号, brackets [ ] ( ) （ ） 【 】 ［ ］ accepted;
// `fixed` is the number with 〔 〕.
bool parse_doc_number(std::u32string_view s, std::u32string& fixed);

// 密级 (绝密/机密/秘密, with ★period) and 紧急程度 (特急/加急/平急) tokens.
bool parse_secrecy(std::u32string_view s, std::u32string& level, std::u32string& period);
bool is_urgency(std::u32string_view s);

// 份号: six digits alone.
bool is_copy_number(std::u32string_view s);

// Ends with a 文种 (通知, 通报, 意见, …) once spaces are ignored.
bool ends_with_document_kind(std::u32string_view s);

std::string iso_date(const Date& d);

}  // namespace gongwen::detail
