#include "linebreak/char_class.hpp"

#include <algorithm>
#include <iterator>

namespace gongwen::detail {

namespace {

// Sorted lists so lookups are a binary search.
// What may not start a line: GB/T 15834 §5.1 (句号、问号、叹号、逗号、顿号、分号、冒号 and
// the closing half of quotes, brackets, 书名号) and the characters the web-platform-tests
// css-text/i18n/zh strict cases list (iteration marks 々〻ゝゞヽヾ, centred punctuation
// ・：；･‼⁇⁈⁉！？, hyphens ‐–〜゠, inseparables ․‥…⋯︙𐫶, postfixes °‰′″‵℃℉﹪％￠).
constexpr char32_t kNoStart[] = {
    U'!', U'%', U')', U',', U'.', U':', U';', U'?',
    U']', U'}', U'\u00B0', U'\u00B7', U'\u2010', U'\u2013', U'\u2014', U'\u2019',
    U'\u201D', U'\u2024', U'\u2025', U'\u2026', U'\u2030', U'\u2032', U'\u2033', U'\u2035',
    U'\u203C', U'\u2047', U'\u2048', U'\u2049', U'\u2103', U'\u2109', U'\u22EF', U'\u3001',
    U'\u3002', U'\u3005', U'\u3009', U'\u300B', U'\u300D', U'\u300F', U'\u3011', U'\u3015',
    U'\u3017', U'\u301C', U'\u301E', U'\u303B', U'\u309D', U'\u309E', U'\u30A0', U'\u30FB',
    U'\u30FD', U'\u30FE', U'\uFE19', U'\uFE6A', U'\uFF01', U'\uFF05', U'\uFF09', U'\uFF0C',
    U'\uFF0E', U'\uFF1A', U'\uFF1B', U'\uFF1F', U'\uFF3D', U'\uFF5D', U'\uFF65', U'\uFFE0',
    U'\U00010AF6'};
constexpr char32_t kNoEnd[] = {U'(',      U'[',      U'{',      U'\u2018', U'\u201C',
                               U'\u3008', U'\u300A', U'\u300C', U'\u300E', U'\u3010',
                               U'\u3014', U'\u3016', U'\u301D', U'\uFF08', U'\uFF3B',
                               U'\uFF5B'};
// Ink on the left half: 、。，：；！？ and closing marks.
constexpr char32_t kInkLeft[] = {U'\u2019', U'\u201D', U'\u3001', U'\u3002', U'\u3009',
                                 U'\u300B', U'\u300D', U'\u300F', U'\u3011', U'\u3015',
                                 U'\u3017', U'\uFF09', U'\uFF0C', U'\uFF1A', U'\uFF1B',
                                 U'\uFF3D', U'\uFF5D'};
constexpr char32_t kInkRight[] = {U'\u2018', U'\u201C', U'\u3008', U'\u300A',
                                  U'\u300C', U'\u300E', U'\u3010', U'\u3014',
                                  U'\u3016', U'\uFF08', U'\uFF3B', U'\uFF5B'};

template <std::size_t N>
bool in(const char32_t (&list)[N], char32_t c) {
  return std::binary_search(std::begin(list), std::end(list), c);
}

}  // namespace

bool no_line_start(char32_t c) { return in(kNoStart, c); }
bool no_line_end(char32_t c) { return in(kNoEnd, c); }

bool unsplittable_pair(char32_t a, char32_t b) {
  return a == b && (a == U'\u2014' || a == U'\u2026' || a == U'\u2E3A');
}

PunctInk punct_ink(char32_t c) {
  if (in(kInkLeft, c)) return PunctInk::left;
  if (in(kInkRight, c)) return PunctInk::right;
  return PunctInk::none;
}

}  // namespace gongwen::detail
