/* gongwen C API: typesets Chinese official documents (公文) to PDF per GB/T 9704-2012.
 *
 * Plain C with opaque handles, so it is callable from Java (JNA), .NET (P/Invoke) and
 * Python (ctypes); examples/python/render.py and examples/java/Render.java are tested.
 *
 *   gongwen_engine* e = gongwen_engine_new(NULL);
 *   gongwen_result* r = NULL;
 *   gongwen_render(e, xml, xml_len, "notice.xml", NULL, &r);
 *   if (gongwen_result_ok(r)) { size_t n; const unsigned char* pdf = gongwen_result_pdf(r, &n); }
 *   for (size_t i = 0; i < gongwen_result_diagnostic_count(r); ++i)
 *     puts(gongwen_result_diagnostic_text(r, i));
 *   gongwen_result_free(r);
 *   gongwen_engine_free(e);
 *
 * Types, for bindings:
 * - size_t is unsigned and as wide as a pointer: ctypes c_size_t; P/Invoke UIntPtr
 *   (C# nuint); JNA has no size_t, so declare it as Java long on 64-bit platforms (Linux,
 *   macOS and Windows all use 8 bytes) and size_t* as LongByReference. int is 32 bits.
 * - Strings are UTF-8. Returned strings are never NULL (at worst ""), except where a
 *   function says so.
 * - Text in memory (gongwen_render, gongwen_render_text, gongwen_import_text) is a pointer
 *   and a length in bytes. A length of 0 means the text is NUL-terminated and its length
 *   is strlen(text): pass 0 only for NUL-terminated text (a C string, a Python bytes
 *   object: ctypes passes it with a NUL after it), and always the length for UTF-16 text or .docx bytes, which hold
 *   NUL bytes. A NULL pointer is GONGWEN_ERROR_INVALID_ARGUMENT whatever the length; text
 *   that is empty (strlen 0) gives a result with the error GW-E-INPUT-EMPTY. Never is an
 *   empty document rendered.
 *
 * Ownership:
 * - Everything you pass in (text, names, paths, seal bytes) is read during the call and
 *   copied where kept; you may free or reuse it as soon as the call returns.
 * - Everything a result returns (PDF bytes, strings, a gongwen_seal's issuer) belongs to
 *   the result and stays valid until gongwen_result_free, and not after: copy what you
 *   keep. Free each handle with its own free function, never with free().
 *
 * Nothing here aborts, exits, prints, or lets an exception escape. gongwen_version and
 * gongwen_status_message return static strings and are safe from any thread.
 *
 * Handles (what is safe):
 * - Every call checks its handle arguments against a process-wide table of live handles
 *   (it never reads the memory of a freed one). A NULL handle is
 *   GONGWEN_ERROR_INVALID_ARGUMENT (but NULL options mean the defaults, and freeing NULL
 *   does nothing and returns GONGWEN_OK); a handle already freed, freed twice, of the
 *   wrong kind, or not made by this library is GONGWEN_ERROR_INVALID_HANDLE. Calls that
 *   return no status give their neutral value for such a handle (0, NULL, "",
 *   GONGWEN_SEVERITY_ERROR); gongwen_result_status tells which it was. One case cannot be
 *   detected: after a free, the allocator may give the same address to a new handle of the
 *   same kind, which is then live and accepted as that new handle.
 * - Engines: any number of threads may render with one engine at once. Its limits are
 *   fixed when it is made (gongwen_engine_new_with_limits); per render they can be
 *   replaced through the options (gongwen_options_set_limits).
 * - Options: thread-safe; a render copies them at its start, so changing them later
 *   affects later renders only.
 * - Results: any number of threads may read one result at once. Every pointer a result
 *   returns (PDF bytes, strings) stays valid until that result is freed, and not after.
 * - Freeing a handle while a call on another thread still uses it is safe: the call
 *   finishes with it and the handle is deleted when that call returns; calls that start
 *   after the free report GONGWEN_ERROR_INVALID_HANDLE. */
#ifndef GONGWEN_GONGWEN_H
#define GONGWEN_GONGWEN_H

#include <stddef.h>

#include "gongwen/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gongwen_engine gongwen_engine;
typedef struct gongwen_options gongwen_options;
typedef struct gongwen_result gongwen_result;

typedef enum gongwen_status {
  GONGWEN_OK = 0,
  GONGWEN_ERROR_INVALID_ARGUMENT = 1, /* a NULL handle, bad role name, … */
  GONGWEN_ERROR_RENDER = 2,           /* the document has errors: see the diagnostics */
  GONGWEN_ERROR_NO_MEMORY = 3,
  GONGWEN_ERROR_INVALID_HANDLE = 4    /* a handle already freed (or twice), or not ours */
} gongwen_status;

typedef enum gongwen_severity {
  GONGWEN_SEVERITY_NOTE = 0,
  GONGWEN_SEVERITY_WARNING = 1,
  GONGWEN_SEVERITY_ERROR = 2
} gongwen_severity;

/* "0.1.0" */
GONGWEN_API const char* gongwen_version(void);
/* A sentence for a status code (static storage). */
GONGWEN_API const char* gongwen_status_message(gongwen_status status);

/* font_dir: folder of the default Fandol fonts, or NULL for the default lookup: the
   share/gongwen/fonts of the installation libgongwen.so was loaded from (found from the
   library's own path, so a moved prefix still works), then $GONGWEN_FONT_DIR. Returns
   NULL only when out of memory. */
GONGWEN_API gongwen_engine* gongwen_engine_new(const char* font_dir);
/* As gongwen_engine_new, with the engine's limits fixed for its lifetime: the largest XML
   input in bytes and the most pages; 0 takes the default (16 MiB, 2000 pages). Returns
   NULL for a negative max_pages. */
GONGWEN_API gongwen_engine* gongwen_engine_new_with_limits(const char* font_dir,
                                                           size_t max_input_bytes, int max_pages);
/* GONGWEN_OK, or GONGWEN_ERROR_INVALID_HANDLE when freed already. */
GONGWEN_API gongwen_status gongwen_engine_free(gongwen_engine* engine);

GONGWEN_API gongwen_options* gongwen_options_new(void);
GONGWEN_API gongwen_status gongwen_options_free(gongwen_options* options);
GONGWEN_API gongwen_status gongwen_options_set_style(gongwen_options* options, const char* path);
/* role: xiaobiaosong, fangsong, heiti, kaiti or songti; font: "path[#face]" or "fc:Family". */
GONGWEN_API gongwen_status gongwen_options_add_font(gongwen_options* options, const char* role,
                                                    const char* font);
GONGWEN_API gongwen_status gongwen_options_set_base_dir(gongwen_options* options, const char* dir);
GONGWEN_API gongwen_status gongwen_options_set_fullwidth_punctuation(gongwen_options* options,
                                                                     int enabled);
/* The language of the diagnostics' messages: "zh" (Chinese) or "en" (English, the
   default). Codes never change with it. GONGWEN_ERROR_INVALID_ARGUMENT for NULL or any
   other value (the options are left as they were). */
GONGWEN_API gongwen_status gongwen_options_set_language(gongwen_options* options,
                                                        const char* language);
/* A further folder seal files may come from (besides the XML file's folder / base_dir). */
GONGWEN_API gongwen_status gongwen_options_add_seal_dir(gongwen_options* options, const char* dir);
/* A seal image (PNG or JPEG) as bytes: <seal src="name"> uses it (exact name) before any
   file is looked for. The bytes are copied once, here; `data` may be freed after the call.
   Renders share that copy (they do not copy it again), so a service may add its seals
   once and render any number of notices. Adding the same name again replaces the bytes
   for later renders. */
GONGWEN_API gongwen_status gongwen_options_add_seal_bytes(gongwen_options* options,
                                                          const char* name,
                                                          const unsigned char* data, size_t size);
/* Limits for renders with these options instead of the engine's; 0 keeps the engine's
   value for that limit. */
GONGWEN_API gongwen_status gongwen_options_set_limits(gongwen_options* options,
                                                      size_t max_input_bytes, int max_pages);

/* Renders XML text to PDF bytes in memory. xml_length is in bytes; 0 means `xml` is
   NUL-terminated (see "Text in memory" above). `options` may be NULL. Returns GONGWEN_OK
   when a PDF was produced, GONGWEN_ERROR_RENDER when the document has errors (or is
   empty: GW-E-INPUT-EMPTY); with either, *result is set and must be freed with
   gongwen_result_free. With any other status (a bad argument or handle, out of memory)
   *result is set to NULL. */
GONGWEN_API gongwen_status gongwen_render(const gongwen_engine* engine, const char* xml,
                                          size_t xml_length, const char* source_name,
                                          const gongwen_options* options,
                                          gongwen_result** result);
/* Reads input_path and writes the PDF to output_path atomically (temporary file beside
   it, fsync, rename, fsync of the folder), never over the input. output_path must be a
   regular file or a new name: a device, FIFO, socket or folder is refused with the
   diagnostic GW-E-OUTPUT-NOT-REGULAR and left as it was; a symbolic link is followed to
   the regular file it names, which is replaced (the link is kept). Result as for
   gongwen_render. */
GONGWEN_API gongwen_status gongwen_render_file(const gongwen_engine* engine,
                                               const char* input_path, const char* output_path,
                                               const gongwen_options* options,
                                               gongwen_result** result);

/* GONGWEN_OK (a PDF was produced), GONGWEN_ERROR_RENDER (see the diagnostics), or
   GONGWEN_ERROR_INVALID_ARGUMENT / GONGWEN_ERROR_INVALID_HANDLE for a bad handle. */
GONGWEN_API gongwen_status gongwen_result_status(const gongwen_result* result);
GONGWEN_API int gongwen_result_ok(const gongwen_result* result);
/* The PDF (NULL unless ok); valid until gongwen_result_free. */
GONGWEN_API const unsigned char* gongwen_result_pdf(const gongwen_result* result, size_t* length);
GONGWEN_API int gongwen_result_pages(const gongwen_result* result);
GONGWEN_API size_t gongwen_result_diagnostic_count(const gongwen_result* result);
GONGWEN_API gongwen_severity gongwen_result_diagnostic_severity(const gongwen_result* result,
                                                                size_t index);
GONGWEN_API const char* gongwen_result_diagnostic_code(const gongwen_result* result, size_t index);
GONGWEN_API const char* gongwen_result_diagnostic_message(const gongwen_result* result,
                                                          size_t index);
GONGWEN_API const char* gongwen_result_diagnostic_file(const gongwen_result* result, size_t index);
GONGWEN_API int gongwen_result_diagnostic_line(const gongwen_result* result, size_t index);
GONGWEN_API int gongwen_result_diagnostic_column(const gongwen_result* result, size_t index);
/* "file:line:column: error CODE: message" */
GONGWEN_API const char* gongwen_result_diagnostic_text(const gongwen_result* result, size_t index);

/* Where a seal was placed, so an OA system can apply a certified electronic seal (电子印章)
   at that place instead of (or over) the image. Millimetres on the page, from its
   top-left corner (x to the right, y down), as GB/T 9704 measures. */
typedef struct gongwen_seal {
  int page;             /* 1-based */
  double center_x_mm;   /* centre of the seal */
  double center_y_mm;
  double diameter_mm;   /* 42 mm by default (style seal_diameter); a 签名章: its longer side */
  const char* issuer;   /* UTF-8: the 发文机关署名 under the seal (for a 命令's 签名章: the
                           signer's name), "" when none; valid until gongwen_result_free */
} gongwen_seal;
/* How many seals the render placed, in document order (0 for a bad handle). */
GONGWEN_API size_t gongwen_result_seal_count(const gongwen_result* result);
/* Fills *seal with seal `index`. GONGWEN_ERROR_INVALID_ARGUMENT when seal is NULL or
   index >= gongwen_result_seal_count (then *seal is zeroed, issuer ""). */
GONGWEN_API gongwen_status gongwen_result_seal(const gongwen_result* result, size_t index,
                                               gongwen_seal* seal);
/* GONGWEN_OK, or GONGWEN_ERROR_INVALID_HANDLE when freed already. */
GONGWEN_API gongwen_status gongwen_result_free(gongwen_result* result);

/* Import (import.md): text bytes (UTF-8 +/- BOM, UTF-16 with BOM, GB18030/GBK) -> notice
   XML. *result is always set (unless out of memory); read the XML with gongwen_result_xml
   and what was recognised from the diagnostics (notes GW-N-IMPORT-*). partial != 0 writes
   the XML even when the title, date or issuer is missing. length 0: NUL-terminated, as for
   gongwen_render (UTF-16 needs its length). Returns GONGWEN_OK when the XML is complete. */
GONGWEN_API gongwen_status gongwen_import_text(const char* text, size_t length,
                                               const char* source_name, int partial,
                                               gongwen_result** result);
/* The same, with the diagnostics and the import notes in `language`: "zh" or "en" (NULL:
   "en"); anything else is GONGWEN_ERROR_INVALID_ARGUMENT. */
GONGWEN_API gongwen_status gongwen_import_text_lang(const char* text, size_t length,
                                                    const char* source_name, int partial,
                                                    const char* language,
                                                    gongwen_result** result);
/* The imported XML (NULL when none was written); valid until gongwen_result_free. */
GONGWEN_API const char* gongwen_result_xml(const gongwen_result* result, size_t* length);
/* Imports text (or .docx bytes, with their length) in memory and renders it, like
   gongwen_render for XML: same options, limits, length rule and statuses. */
GONGWEN_API gongwen_status gongwen_render_text(const gongwen_engine* engine, const char* text,
                                               size_t length, const char* source_name,
                                               const gongwen_options* options,
                                               gongwen_result** result);

#ifdef __cplusplus
}
#endif

#endif /* GONGWEN_GONGWEN_H */
