/* gongwen C API: typesets Chinese official documents (公文) to PDF per GB/T 9704-2012.
 *
 * Plain C with opaque handles, so it is callable from Java (JNA), .NET (P/Invoke) and
 * Python (ctypes). Strings are UTF-8 and NUL-terminated unless a length is given.
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
 * An engine may be shared by any number of threads rendering at once. Nothing here
 * aborts, exits, prints, or lets an exception escape. */
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
  GONGWEN_ERROR_NO_MEMORY = 3
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

/* font_dir: folder of the default Fandol fonts, or NULL for the default lookup
   ($GONGWEN_FONT_DIR, then the install's share/gongwen/fonts). Returns NULL only when out
   of memory. */
GONGWEN_API gongwen_engine* gongwen_engine_new(const char* font_dir);
GONGWEN_API void gongwen_engine_free(gongwen_engine* engine);
/* Limits; 0 keeps the current value. */
GONGWEN_API gongwen_status gongwen_engine_set_limits(gongwen_engine* engine, size_t max_input_bytes,
                                                     int max_pages);

GONGWEN_API gongwen_options* gongwen_options_new(void);
GONGWEN_API void gongwen_options_free(gongwen_options* options);
GONGWEN_API gongwen_status gongwen_options_set_style(gongwen_options* options, const char* path);
/* role: xiaobiaosong, fangsong, heiti, kaiti or songti; font: "path[#face]" or "fc:Family". */
GONGWEN_API gongwen_status gongwen_options_add_font(gongwen_options* options, const char* role,
                                                    const char* font);
GONGWEN_API gongwen_status gongwen_options_set_base_dir(gongwen_options* options, const char* dir);
GONGWEN_API gongwen_status gongwen_options_set_fullwidth_punctuation(gongwen_options* options,
                                                                     int enabled);

/* Renders XML text to PDF bytes in memory. `options` may be NULL. *result is always set
   (unless out of memory) and must be freed with gongwen_result_free. Returns GONGWEN_OK
   when a PDF was produced. */
GONGWEN_API gongwen_status gongwen_render(const gongwen_engine* engine, const char* xml,
                                          size_t xml_length, const char* source_name,
                                          const gongwen_options* options,
                                          gongwen_result** result);
/* Reads input_path and writes the PDF to output_path atomically. */
GONGWEN_API gongwen_status gongwen_render_file(const gongwen_engine* engine,
                                               const char* input_path, const char* output_path,
                                               const gongwen_options* options,
                                               gongwen_result** result);

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
GONGWEN_API void gongwen_result_free(gongwen_result* result);

/* Import (import.md): text bytes (UTF-8 +/- BOM, UTF-16 with BOM, GB18030/GBK) -> notice
   XML. *result is always set (unless out of memory); read the XML with gongwen_result_xml
   and what was recognised from the diagnostics (notes GW-N-IMPORT-*). partial != 0 writes
   the XML even when the title, date or issuer is missing. Returns GONGWEN_OK when the XML
   is complete. */
GONGWEN_API gongwen_status gongwen_import_text(const char* text, size_t length,
                                               const char* source_name, int partial,
                                               gongwen_result** result);
/* The imported XML (NULL when none was written); valid until gongwen_result_free. */
GONGWEN_API const char* gongwen_result_xml(const gongwen_result* result, size_t* length);
/* Imports text in memory and renders it, like gongwen_render for XML. */
GONGWEN_API gongwen_status gongwen_render_text(const gongwen_engine* engine, const char* text,
                                               size_t length, const char* source_name,
                                               const gongwen_options* options,
                                               gongwen_result** result);

#ifdef __cplusplus
}
#endif

#endif /* GONGWEN_GONGWEN_H */
