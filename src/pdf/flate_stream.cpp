#include "pdf/flate_stream.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <vector>

#include "pdf/deflate.hpp"

namespace gongwen::detail {

namespace {

// HPDF_Dict_OnWriteFunc: runs after the dictionary's own keys, before ">>".
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

// Our bytes, copied as they are (filter none), announced as /FlateDecode by the hook.
bool fill(HpdfDocument& doc, HPDF_Dict s, std::span<const std::uint8_t> deflated,
          const char* what) {
  s->filter = HPDF_STREAM_FILTER_NONE;
  if (deflated.empty()) return !doc.failed();  // an empty stream stays unfiltered
  s->write_fn = &write_flate_filter;
  return doc.ok(HPDF_Stream_Write(s->stream, deflated.data(),
                                  static_cast<HPDF_UINT>(deflated.size())),
                what);
}

HPDF_STATUS write_borrowed_keys(HPDF_Dict dict, HPDF_Stream out) {
  auto* s = static_cast<BorrowedStream*>(dict->attr);
  s->out = out;
  char keys[64];
  std::snprintf(keys, sizeof keys, "/Length %zu\012/Filter /FlateDecode\012", s->bytes.size());
  return HPDF_Stream_WriteStr(out, keys);
}

HPDF_STATUS write_borrowed_bytes(HPDF_Dict dict) {
  auto* s = static_cast<BorrowedStream*>(dict->attr);
  // As libharu writes its own streams (ISO 32000-1 §7.3.8: EOL after "stream").
  HPDF_STATUS st = HPDF_Stream_WriteStr(s->out, "\012stream\015\012");
  if (st == HPDF_OK) {
    st = HPDF_Stream_Write(s->out, s->bytes.data(), static_cast<HPDF_UINT>(s->bytes.size()));
  }
  return st == HPDF_OK ? HPDF_Stream_WriteStr(s->out, "\012endstream") : st;
}

}  // namespace

HPDF_Dict new_borrowed_flate_stream(HpdfDocument& doc, BorrowedStream& stream,
                                    const char* what) {
  HPDF_Doc pdf = doc.get();
  HPDF_Dict d = doc.check(HPDF_Dict_New(pdf->mmgr), what);
  if (!d || !doc.ok(HPDF_Xref_Add(pdf->xref, d), what)) return nullptr;
  d->attr = &stream;
  d->write_fn = &write_borrowed_keys;
  d->after_write_fn = &write_borrowed_bytes;
  return d;
}

HPDF_Dict new_flate_stream(HpdfDocument& doc, std::span<const std::uint8_t> deflated,
                           const char* what) {
  HPDF_Doc pdf = doc.get();
  HPDF_Dict s = doc.check(HPDF_DictStream_New(pdf->mmgr, pdf->xref), what);
  if (!s || !fill(doc, s, deflated, what)) return nullptr;
  return s;
}

HPDF_Dict new_deflated_stream(HpdfDocument& doc, std::span<const std::uint8_t> raw,
                              const char* what) {
  std::vector<std::uint8_t> deflated;
  if (!raw.empty() && !zlib_deflate(raw, kDeflateLevel, deflated)) {
    doc.fail(what);
    return nullptr;
  }
  return new_flate_stream(doc, deflated, what);
}

bool deflate_stream_in_place(HpdfDocument& doc, HPDF_Dict s, const char* what) {
  // libharu's memory stream is a list of buffers; gather them, then start it over.
  std::vector<std::uint8_t> raw;
  raw.reserve(HPDF_Stream_Size(s->stream));
  const HPDF_UINT count = HPDF_MemStream_GetBufCount(s->stream);
  for (HPDF_UINT i = 0; i < count; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* buf = HPDF_MemStream_GetBufPtr(s->stream, i, &length);
    if (!buf) {
      doc.fail(what);
      return false;
    }
    raw.insert(raw.end(), buf, buf + length);
  }
  if (raw.size() != HPDF_Stream_Size(s->stream)) {
    doc.fail(what);
    return false;
  }
  std::vector<std::uint8_t> deflated;
  if (!raw.empty() && !zlib_deflate(raw, kDeflateLevel, deflated)) {
    doc.fail(what);
    return false;
  }
  HPDF_MemStream_FreeData(s->stream);
  return fill(doc, s, deflated, what);
}

}  // namespace gongwen::detail
