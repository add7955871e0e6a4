#include "text/cff_charset.hpp"

#include <optional>

namespace gongwen::detail {

namespace {

// A bounds-checked reader over the table; every read past the end fails, never reads.
struct Reader {
  std::span<const std::uint8_t> d;
  bool ok = true;
  std::uint32_t u(std::size_t at, unsigned size) {
    if (size == 0 || size > 4 || at > d.size() || d.size() - at < size) {
      ok = false;
      return 0;
    }
    std::uint32_t v = 0;
    for (unsigned i = 0; i < size; ++i) v = (v << 8) | d[at + i];
    return v;
  }
};

struct Index {
  std::uint32_t count = 0;
  std::size_t data = 0;  // where the objects start, minus 1 (offsets are 1-based)
  unsigned off_size = 0;
  std::size_t end = 0;  // the first byte after the INDEX
};

// TN 5176 §5: count (Card16), offSize, count+1 offsets, the data.
std::optional<Index> read_index(Reader& r, std::size_t at) {
  Index ix;
  ix.count = r.u(at, 2);
  if (!r.ok) return std::nullopt;
  if (ix.count == 0) {
    ix.end = at + 2;
    return ix;
  }
  ix.off_size = r.u(at + 2, 1);
  if (!r.ok || ix.off_size < 1 || ix.off_size > 4) return std::nullopt;
  const std::size_t offsets = at + 3;
  ix.data = offsets + (std::size_t(ix.count) + 1) * ix.off_size - 1;
  const std::uint32_t last = r.u(offsets + std::size_t(ix.count) * ix.off_size, ix.off_size);
  if (!r.ok || last < 1 || ix.data + last > r.d.size()) return std::nullopt;
  ix.end = ix.data + last;
  return ix;
}

// The first object of an INDEX (the Top DICT), as [begin, end).
bool first_object(Reader& r, const Index& ix, std::size_t& begin, std::size_t& end) {
  if (ix.count == 0) return false;
  const std::size_t offsets = ix.data + 1 - (std::size_t(ix.count) + 1) * ix.off_size;
  const std::uint32_t o0 = r.u(offsets, ix.off_size), o1 = r.u(offsets + ix.off_size, ix.off_size);
  if (!r.ok || o0 < 1 || o1 < o0 || ix.data + o1 > ix.end) return false;
  begin = ix.data + o0;
  end = ix.data + o1;
  return true;
}

struct TopDict {
  bool ros = false;
  std::optional<std::int64_t> charset, charstrings;
};

// TN 5176 §4: operands (integers, reals) before their operator; only the operators we
// need are kept, each with its last integer operand.
bool parse_top_dict(Reader& r, std::size_t at, std::size_t end, TopDict& top) {
  std::optional<std::int64_t> last;
  while (at < end) {
    const std::uint32_t b0 = r.u(at, 1);
    if (!r.ok) return false;
    if (b0 <= 21) {  // an operator
      unsigned op = b0;
      ++at;
      if (b0 == 12) {
        op = 1200 + r.u(at, 1);
        ++at;
      }
      if (op == 1230) top.ros = true;
      if (op == 15) top.charset = last;
      if (op == 17) top.charstrings = last;
      last.reset();
    } else if (b0 == 28) {
      last = static_cast<std::int16_t>(r.u(at + 1, 2));
      at += 3;
    } else if (b0 == 29) {
      last = static_cast<std::int32_t>(r.u(at + 1, 4));
      at += 5;
    } else if (b0 == 30) {  // a real: nibbles up to one of value 0xf
      ++at;
      for (;;) {
        const std::uint32_t n = r.u(at++, 1);
        if (!r.ok) return false;
        if ((n & 0x0f) == 0x0f || (n >> 4) == 0x0f) break;
      }
      last.reset();
    } else if (b0 >= 32 && b0 <= 246) {
      last = std::int64_t(b0) - 139;
      ++at;
    } else if (b0 >= 247 && b0 <= 250) {
      last = (std::int64_t(b0) - 247) * 256 + r.u(at + 1, 1) + 108;
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      last = -(std::int64_t(b0) - 251) * 256 - r.u(at + 1, 1) - 108;
      at += 2;
    } else {
      return false;  // 22–27, 31, 255 are reserved
    }
    if (!r.ok) return false;
  }
  return at == end;
}

// TN 5176 §13: formats 0 (one SID/CID per glyph), 1 and 2 (ranges: first, nLeft as
// Card8 or Card16). Glyph 0 (.notdef) is CID 0 and not listed.
bool read_charset(Reader& r, std::size_t at, std::uint32_t glyphs, std::vector<std::uint32_t>& out) {
  out.assign(1, 0);
  out.reserve(glyphs);
  const std::uint32_t format = r.u(at++, 1);
  while (r.ok && out.size() < glyphs) {
    if (format == 0) {
      out.push_back(r.u(at, 2));
      at += 2;
    } else if (format == 1 || format == 2) {
      const std::uint32_t first = r.u(at, 2);
      const std::uint32_t left = format == 1 ? r.u(at + 2, 1) : r.u(at + 2, 2);
      at += format == 1 ? 3 : 4;
      for (std::uint32_t i = 0; i <= left && out.size() < glyphs; ++i) out.push_back(first + i);
    } else {
      return false;
    }
  }
  return r.ok && out.size() == glyphs;
}

}  // namespace

bool read_cff_charset(std::span<const std::uint8_t> cff, bool charset, CffCharset& out) {
  Reader r{cff};
  out = {};
  const std::uint32_t major = r.u(0, 1), header_size = r.u(2, 1);
  if (!r.ok || major != 1 || header_size < 4) return false;
  std::optional<Index> names = read_index(r, header_size);
  if (!names) return false;
  std::optional<Index> tops = read_index(r, names->end);
  std::size_t begin = 0, end = 0;
  TopDict top;
  if (!tops || !first_object(r, *tops, begin, end) || !parse_top_dict(r, begin, end, top)) {
    return false;
  }
  out.cid_keyed = top.ros;
  if (!charset || !top.ros) return true;
  // A CID-keyed font always has a charset and CharStrings by offset (no predefined ones).
  if (!top.charset || !top.charstrings || *top.charset <= 0 || *top.charstrings <= 0 ||
      static_cast<std::uint64_t>(*top.charset) >= cff.size() ||
      static_cast<std::uint64_t>(*top.charstrings) >= cff.size()) {
    return false;
  }
  std::optional<Index> charstrings = read_index(r, static_cast<std::size_t>(*top.charstrings));
  if (!charstrings || charstrings->count == 0) return false;
  return read_charset(r, static_cast<std::size_t>(*top.charset), charstrings->count,
                      out.cid_of_gid);
}

}  // namespace gongwen::detail
