// read_cff_charset on CFF tables built by hand from Adobe TN 5176 (header §6, INDEX §5,
// DICT encoding §4, charset formats §13), and on FandolFang's own table.
#include "text/cff_charset.hpp"

#include <gtest/gtest.h>
#include <hb.h>

#include <memory>

#include "support/files.hpp"

namespace gongwen {
namespace {

using detail::CffCharset;
using detail::read_cff_charset;

using Bytes = std::vector<std::uint8_t>;

// An INDEX of one-byte offsets.
Bytes index_of(const std::vector<Bytes>& items) {
  Bytes out{0, static_cast<std::uint8_t>(items.size())};
  if (items.empty()) return out;
  out.push_back(1);
  std::uint8_t offset = 1;
  out.push_back(offset);
  for (const Bytes& it : items) out.push_back(offset = static_cast<std::uint8_t>(offset + it.size()));
  for (const Bytes& it : items) out.insert(out.end(), it.begin(), it.end());
  return out;
}

// A five-byte integer operand (b0 = 29), so offsets do not change the DICT's length.
void int5(Bytes& d, std::int32_t v) {
  d.push_back(29);
  for (int s = 24; s >= 0; s -= 8) d.push_back(static_cast<std::uint8_t>(v >> s));
}

// Header, Name INDEX, Top DICT INDEX, empty String and Global Subr INDEXes, the charset,
// then a CharStrings INDEX of four glyphs (each just endchar, 14).
Bytes cff(bool ros, const Bytes& charset) {
  Bytes top;
  if (ros) {
    // ROS: 391 392 0 (two-byte operands 247..250: (b0−247)·256 + b1 + 108), operator 12 30.
    top = {248, 27, 248, 28, 139, 12, 30};
  }
  const std::size_t fixed = 4 + index_of({{'A'}}).size() + 2 + 1 + 1 + 1 + top.size() + 12 + 2 + 2;
  // charset at `fixed`, CharStrings after it.
  Bytes t = top;
  int5(t, static_cast<std::int32_t>(fixed));
  t.push_back(15);
  int5(t, static_cast<std::int32_t>(fixed + charset.size()));
  t.push_back(17);
  Bytes out{1, 0, 4, 1};
  for (const Bytes& part : {index_of({{'A'}}), index_of({t}), index_of({}), index_of({})}) {
    out.insert(out.end(), part.begin(), part.end());
  }
  EXPECT_EQ(out.size(), fixed) << "the test's own arithmetic";
  out.insert(out.end(), charset.begin(), charset.end());
  const Bytes cs = index_of({{14}, {14}, {14}, {14}});
  out.insert(out.end(), cs.begin(), cs.end());
  return out;
}

TEST(CffCharset, Format2RangeGivesTheCidOfEachGlyph) {
  // One range: first CID 5, 2 more → glyphs 1, 2, 3 are CIDs 5, 6, 7; glyph 0 is CID 0.
  CffCharset c;
  ASSERT_TRUE(read_cff_charset(cff(true, {2, 0, 5, 0, 2}), true, c));
  EXPECT_TRUE(c.cid_keyed);
  EXPECT_EQ(c.cid_of_gid, (std::vector<std::uint32_t>{0, 5, 6, 7}));
}

TEST(CffCharset, Format0And1) {
  CffCharset c;
  ASSERT_TRUE(read_cff_charset(cff(true, {0, 0, 9, 1, 0, 0, 3}), true, c));
  EXPECT_EQ(c.cid_of_gid, (std::vector<std::uint32_t>{0, 9, 256, 3}));
  // Format 1: ranges with a one-byte nLeft: CID 300 and 301, then 40.
  ASSERT_TRUE(read_cff_charset(cff(true, {1, 1, 44, 1, 0, 40, 0}), true, c));
  EXPECT_EQ(c.cid_of_gid, (std::vector<std::uint32_t>{0, 300, 301, 40}));
}

TEST(CffCharset, NameKeyedIsToldApart) {
  CffCharset c;
  ASSERT_TRUE(read_cff_charset(cff(false, {2, 0, 5, 0, 2}), true, c));
  EXPECT_FALSE(c.cid_keyed);
  EXPECT_TRUE(c.cid_of_gid.empty());
}

TEST(CffCharset, TruncatedOrShortTablesAreRefused) {
  const Bytes whole = cff(true, {2, 0, 5, 0, 2});
  CffCharset c;
  for (std::size_t n : {std::size_t(0), std::size_t(3), std::size_t(12), whole.size() - 1}) {
    EXPECT_FALSE(read_cff_charset({whole.data(), n}, true, c)) << n << " bytes";
  }
  // A charset in an unknown format (3).
  EXPECT_FALSE(read_cff_charset(cff(true, {3, 0, 5, 0, 2}), true, c));
  // Not a CFF version 1 header.
  Bytes bad = whole;
  bad[0] = 2;
  EXPECT_FALSE(read_cff_charset(bad, true, c));
}

TEST(CffCharset, FandolFangIsCidKeyedWithCidsAboveIds) {
  // Read from the font itself; its charset (format 2) maps glyph 8896 to CID 9907.
  hb_blob_t* blob =
      hb_blob_create_from_file(test::source_path("fonts/fandol/FandolFang-Regular.otf").c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_t* table = hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' '));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table, &length);
  CffCharset c;
  const bool ok =
      read_cff_charset({reinterpret_cast<const std::uint8_t*>(data), length}, true, c);
  const unsigned glyphs = hb_face_get_glyph_count(face);
  hb_blob_destroy(table);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  ASSERT_TRUE(ok);
  EXPECT_TRUE(c.cid_keyed);
  ASSERT_EQ(c.cid_of_gid.size(), glyphs);
  EXPECT_EQ(c.cid_of_gid[100], 100u);
  EXPECT_EQ(c.cid_of_gid[8896], 9907u);
}

}  // namespace
}  // namespace gongwen
