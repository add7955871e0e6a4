#include "linebreak/break_opportunities.hpp"

#include <unicode/ubrk.h>
#include <unicode/utf16.h>

#include <memory>
#include <mutex>
#include <string>

#include "linebreak/char_class.hpp"

namespace gongwen::detail {

namespace {

struct BreakIteratorDeleter {
  void operator()(UBreakIterator* b) const { ubrk_close(b); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorDeleter>;

// ICU iterators are not thread-safe: one prototype is opened once (rule loading is the
// slow part) and each thread works on its own clone.
UBreakIterator* thread_iterator(UBreakIteratorType type) {
  static std::once_flag once;
  static BreakIteratorPtr line_proto, word_proto;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    line_proto.reset(ubrk_open(UBRK_LINE, "zh@lb=strict", nullptr, 0, &status));
    if (U_FAILURE(status)) line_proto.reset();
    status = U_ZERO_ERROR;
    word_proto.reset(ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status));
    if (U_FAILURE(status)) word_proto.reset();
  });
  thread_local BreakIteratorPtr line_clone, word_clone;
  BreakIteratorPtr& clone = type == UBRK_LINE ? line_clone : word_clone;
  const BreakIteratorPtr& proto = type == UBRK_LINE ? line_proto : word_proto;
  if (!clone && proto) {
    UErrorCode status = U_ZERO_ERROR;
    clone.reset(ubrk_clone(proto.get(), &status));
    if (U_FAILURE(status)) clone.reset();
  }
  return clone.get();
}

// ICU works in UTF-16: convert, keeping the UTF-16 index of each code point.
void to_utf16(std::u32string_view text, std::u16string& u16, std::vector<std::int32_t>& index) {
  u16.clear();
  index.resize(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    index[i] = static_cast<std::int32_t>(u16.size());
    char32_t c = text[i];
    if (c > 0xFFFF) {
      u16.push_back(static_cast<char16_t>(U16_LEAD(c)));
      u16.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    } else {
      u16.push_back(static_cast<char16_t>(c));
    }
  }
  index[text.size()] = static_cast<std::int32_t>(u16.size());
}

// Boundaries ICU reports, as a flag per code point index.
bool icu_boundaries(UBreakIteratorType type, std::u32string_view text, std::vector<bool>& at) {
  at.assign(text.size() + 1, false);
  UBreakIterator* it = thread_iterator(type);
  if (!it) return false;
  std::u16string u16;
  std::vector<std::int32_t> index;
  to_utf16(text, u16, index);
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(it, reinterpret_cast<const UChar*>(u16.data()), static_cast<int32_t>(u16.size()),
               &status);
  if (U_FAILURE(status)) return false;
  std::vector<std::int32_t> cp_of(u16.size() + 1, -1);
  for (std::size_t i = 0; i <= text.size(); ++i) cp_of[static_cast<std::size_t>(index[i])] =
      static_cast<std::int32_t>(i);
  for (int32_t b = ubrk_first(it); b != UBRK_DONE; b = ubrk_next(it)) {
    std::int32_t cp = cp_of[static_cast<std::size_t>(b)];
    if (cp >= 0) at[static_cast<std::size_t>(cp)] = true;
  }
  // Detach from our buffer before it goes away.
  status = U_ZERO_ERROR;
  ubrk_setText(it, nullptr, 0, &status);
  return true;
}

bool is_quote(char32_t c) { return c == U'\u2018' || c == U'\u2019' || c == U'\u201C' || c == U'\u201D'; }

}  // namespace

bool break_opportunities(std::u32string_view text, std::vector<BreakKind>& result) {
  const std::size_t n = text.size();
  result.assign(n + 1, BreakKind::none);
  std::vector<bool> icu;
  bool icu_ok = icu_boundaries(UBRK_LINE, text, icu);
  for (std::size_t i = 1; i < n; ++i) {
    char32_t a = text[i - 1], b = text[i];
    if (a == U'\u2028') {
      result[i] = BreakKind::mandatory;
      continue;
    }
    bool allowed;
    if (is_grid_char(a) && is_grid_char(b)) {
      // Between CJK characters and marks the Chinese rules alone decide. This also
      // treats quotes by role (“ opens, ” closes) where ICU's ambiguous QU class would
      // forbid breaking on either side of them.
      allowed = true;
    } else if (is_quote(a) || is_quote(b)) {
      allowed = true;
    } else {
      allowed = icu_ok ? static_cast<bool>(icu[i]) : false;
    }
    // A standard's number and year stay together: GB/T 19001—|2016 is no break.
    const bool standard_year = a == U'\u2014' && i >= 2 && text[i - 2] >= U'0' &&
                               text[i - 2] <= U'9' && b >= U'0' && b <= U'9';
    if (no_line_start(b) || no_line_end(a) || unsplittable_pair(a, b) || b == U'\u2028' ||
        standard_year) {
      allowed = false;
    }
    result[i] = allowed ? BreakKind::allowed : BreakKind::none;
  }
  result[n] = BreakKind::mandatory;
  return icu_ok;
}

bool word_boundaries(std::u32string_view text, std::vector<bool>& result) {
  bool ok = icu_boundaries(UBRK_WORD, text, result);
  if (!ok) result.assign(text.size() + 1, true);
  return ok;
}

}  // namespace gongwen::detail
