/* ind-reader-xlsx.c: the report as the accounting system's Excel export
 *
 * An .xlsx file is a zip of XML parts: the package relationships name
 * the workbook, the workbook's relationships name its sheets, shared
 * strings and styles. The first sheet that holds the report's header is
 * read; numbers become the text the builder reads ("14757499.81",
 * percentages stored as fractions become "8.508%"), keeping every digit
 * the cell holds.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <unzip.h>

#include "ind-builder-private.h"
#include "ind-error.h"
#include "ind-limits.h"
#include "ind-reader-xlsx-private.h"

/* The XML is parsed in chunks of this size, checking for cancellation. */
#define PARSE_CHUNK (1024 * 1024)
/* Rows of a sheet looked at for the header when choosing the sheet. */
#define HEADER_SEARCH_ROWS 200
/* Largest column (XFD) and row numbers Excel allows. */
#define MAX_COLUMNS 16384
#define MAX_ROWS 1048576

#define REL_OFFICE_DOCUMENT "/officeDocument"
#define REL_SHARED_STRINGS "/sharedStrings"
#define REL_STYLES "/styles"

/* minizip reads the zip from memory through these. */
typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         pos;
} MemStream;

static voidpf ZCALLBACK
mem_open (voidpf      opaque,
          const void *filename,
          int         mode)
{
  MemStream *stream = opaque;

  stream->pos = 0;
  return stream;
}

static uLong ZCALLBACK
mem_read (voidpf opaque,
          voidpf handle,
          void  *buf,
          uLong  size)
{
  MemStream *stream = handle;
  gsize n = MIN (size, stream->len - stream->pos);

  if (n == 0)
    return 0; /* an empty file has no data pointer to copy from */
  memcpy (buf, stream->data + stream->pos, n);
  stream->pos += n;
  return n;
}

static uLong ZCALLBACK
mem_write (voidpf      opaque,
           voidpf      handle,
           const void *buf,
           uLong       size)
{
  return 0;
}

static ZPOS64_T ZCALLBACK
mem_tell (voidpf opaque,
          voidpf handle)
{
  return ((MemStream *)handle)->pos;
}

static long ZCALLBACK
mem_seek (voidpf   opaque,
          voidpf   handle,
          ZPOS64_T offset,
          int      origin)
{
  MemStream *stream = handle;
  guint64 base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0
               : origin == ZLIB_FILEFUNC_SEEK_CUR ? stream->pos
               : stream->len;

  /* Compared without adding, so that a huge offset cannot wrap around. */
  if (offset > stream->len - base)
    return -1;
  stream->pos = base + offset;
  return 0;
}

static int ZCALLBACK
mem_close (voidpf opaque,
           voidpf handle)
{
  return 0;
}

static int ZCALLBACK
mem_error (voidpf opaque,
           voidpf handle)
{
  return 0;
}

typedef struct
{
  MemStream     stream;
  unzFile       zip;
  GCancellable *cancellable;
  guint64       inflated;  /* bytes, of every part read so far */
} Package;

static void
set_damaged (GError **error)
{
  g_set_error_literal (error, IND_ERROR, IND_ERROR_DAMAGED,
                       _("The workbook is damaged or incomplete (was the download or copy cut short?)."));
}

/* Inflates the part @name into @out; an absent part leaves @out NULL
 * and is no error. Refuses a part too large to be a report's. */
static gboolean
read_part (Package     *package,
           const char  *name,
           GBytes     **out,
           GError     **error)
{
  unz_file_info64 info;
  g_autofree guint8 *data = NULL;
  gsize got = 0;
  int status;

  *out = NULL;
  if (unzLocateFile (package->zip, name, 2 /* case-insensitive, as OPC */) != UNZ_OK)
    return TRUE;
  if (unzGetCurrentFileInfo64 (package->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK)
    {
      set_damaged (error);
      return FALSE;
    }
  /* minizip never inflates past the declared size, so checking it is
   * enough to keep a zip bomb out. */
  if (!ind_limits_check_part (name, info.uncompressed_size, &package->inflated, error))
    return FALSE;
  if (unzOpenCurrentFile (package->zip) != UNZ_OK)
    {
      set_damaged (error);
      return FALSE;
    }

  data = g_malloc (info.uncompressed_size + 1);
  while (got < info.uncompressed_size && !g_cancellable_is_cancelled (package->cancellable))
    {
      int n = unzReadCurrentFile (package->zip, data + got, MIN (info.uncompressed_size - got, PARSE_CHUNK));

      if (n <= 0)
        break;
      got += n;
    }
  status = unzCloseCurrentFile (package->zip);
  if (g_cancellable_set_error_if_cancelled (package->cancellable, error))
    return FALSE;
  if (got != info.uncompressed_size || status != UNZ_OK)
    {
      set_damaged (error);
      return FALSE;
    }
  *out = g_bytes_new_take (g_steal_pointer (&data), got);
  return TRUE;
}

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon ? colon + 1 : name;
}

static const char *
attribute (const char **names,
           const char **values,
           const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (local_name (names[i]), wanted))
      return values[i];
  return NULL;
}

static gboolean
parse_part (Package             *package,
            GBytes              *part,
            const char          *name,
            const GMarkupParser *parser,
            gpointer             user_data,
            GError             **error)
{
  g_autoptr(GMarkupParseContext) context =
    g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION, user_data, NULL);
  gsize len;
  const char *data = g_bytes_get_data (part, &len);
  g_autoptr(GError) local_error = NULL;

  for (gsize pos = 0; pos < len; pos += PARSE_CHUNK)
    {
      if (g_cancellable_set_error_if_cancelled (package->cancellable, error))
        return FALSE;
      if (!g_markup_parse_context_parse (context, data + pos, MIN (PARSE_CHUNK, len - pos), &local_error))
        break;
    }
  if (local_error == NULL)
    g_markup_parse_context_end_parse (context, &local_error);
  if (local_error != NULL)
    {
      g_set_error (error, IND_ERROR, IND_ERROR_DAMAGED,
                   _("The workbook is damaged: its part «%s» is not valid XML (%s)."),
                   name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Relationships: Id → target part, and the target of the first of a type. */
typedef struct
{
  const char *base;      /* folder the targets are relative to */
  GHashTable *by_id;
  GPtrArray  *types;     /* pairs: type, target */
} Relationships;

static char *
resolve_target (const char *base,
                const char *target)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else
    joined = g_strconcat (base, target, NULL);

  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], "..") && path->len > 0)
        g_ptr_array_remove_index (path, path->len - 1);
      else if (parts[i][0] != '\0' && !g_str_equal (parts[i], ".") && !g_str_equal (parts[i], ".."))
        g_ptr_array_add (path, parts[i]);
    }
  g_ptr_array_add (path, NULL);
  return g_strjoinv ("/", (char **)path->pdata);
}

static void
rels_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              user_data,
            GError              **error)
{
  Relationships *rels = user_data;
  const char *id = attribute (names, values, "Id");
  const char *type = attribute (names, values, "Type");
  const char *target = attribute (names, values, "Target");
  const char *mode = attribute (names, values, "TargetMode");
  char *path;

  if (!g_str_equal (local_name (element), "Relationship") || target == NULL ||
      g_strcmp0 (mode, "External") == 0)
    return;
  path = resolve_target (rels->base, target);
  if (id != NULL)
    g_hash_table_insert (rels->by_id, g_strdup (id), g_strdup (path));
  g_ptr_array_add (rels->types, g_strdup (type ? type : ""));
  g_ptr_array_add (rels->types, path);
}

static void
relationships_clear (Relationships *rels)
{
  g_clear_pointer (&rels->by_id, g_hash_table_unref);
  g_clear_pointer (&rels->types, g_ptr_array_unref);
}

/* Reads the relationships of @part ("xl/workbook.xml" →
 * "xl/_rels/workbook.xml.rels"); absent ones are empty. */
static gboolean
read_relationships (Package       *package,
                    const char    *part,
                    Relationships *rels,
                    GError       **error)
{
  static const GMarkupParser parser = { rels_start, NULL, NULL, NULL, NULL };
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *slash = strrchr (part, '/');
  gboolean ok;

  dir = slash ? g_strndup (part, slash - part + 1) : g_strdup ("");
  name = g_strconcat (dir, "_rels/", slash ? slash + 1 : part, ".rels", NULL);

  rels->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rels->types = g_ptr_array_new_with_free_func (g_free);
  if (!read_part (package, name, &bytes, error))
    return FALSE;
  if (bytes == NULL)
    return TRUE;

  rels->base = dir;
  ok = parse_part (package, bytes, name, &parser, rels, error);
  rels->base = NULL;
  return ok;
}

static const char *
relationship_of_type (Relationships *rels,
                      const char    *type_suffix)
{
  for (guint i = 0; i + 1 < rels->types->len; i += 2)
    if (g_str_has_suffix (rels->types->pdata[i], type_suffix))
      return rels->types->pdata[i + 1];
  return NULL;
}

/* Sheet targets in the workbook's order. */
typedef struct
{
  Relationships *rels;
  GPtrArray     *sheets;
} Workbook;

static void
workbook_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  Workbook *workbook = user_data;
  const char *id;
  const char *target;

  if (!g_str_equal (local_name (element), "sheet"))
    return;
  id = attribute (names, values, "id");
  target = id ? g_hash_table_lookup (workbook->rels->by_id, id) : NULL;
  if (target != NULL)
    g_ptr_array_add (workbook->sheets, g_strdup (target));
}

/* Shared strings: the text of each <si>, runs joined, phonetic guides
 * (<rPh>) left out. */
typedef struct
{
  GPtrArray *strings;
  GString   *text;
  gboolean   in_text;
  guint      phonetic_depth;
} SharedStrings;

static void
strings_start (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  SharedStrings *ss = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "si"))
    g_string_truncate (ss->text, 0);
  else if (g_str_equal (name, "rPh"))
    ss->phonetic_depth++;
  else if (g_str_equal (name, "t"))
    ss->in_text = ss->phonetic_depth == 0;
}

static void
strings_end (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  SharedStrings *ss = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "si"))
    g_ptr_array_add (ss->strings, g_strdup (ss->text->str));
  else if (g_str_equal (name, "rPh"))
    ss->phonetic_depth--;
  else if (g_str_equal (name, "t"))
    ss->in_text = FALSE;
}

static void
strings_text (GMarkupParseContext  *context,
              const char           *text,
              gsize                 len,
              gpointer              user_data,
              GError              **error)
{
  SharedStrings *ss = user_data;

  if (ss->in_text)
    g_string_append_len (ss->text, text, len);
}

/* How a cell style shows numbers: as a percentage, and with how many
 * decimals at least. */
typedef struct
{
  gboolean percent;
  guint    decimals;
} NumberFormat;

typedef struct
{
  GHashTable *codes;     /* numFmtId → formatCode */
  GArray     *formats;   /* NumberFormat per cellXfs index */
  gboolean    in_cell_xfs;
} Styles;

static NumberFormat
parse_format_code (const char *code)
{
  NumberFormat format = { FALSE, 0 };
  gboolean quoted = FALSE, after_point = FALSE;

  /* Only the first section (positive numbers) matters. */
  for (const char *p = code; *p && (quoted || *p != ';'); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\\' && p[1])
        p++;
      else if (*p == '%')
        format.percent = TRUE;
      else if (*p == '.')
        after_point = TRUE;
      else if (after_point && (*p == '0' || *p == '#' || *p == '?'))
        format.decimals++;
      else if (*p == 'E' || *p == 'e')
        after_point = FALSE;
    }
  return format;
}

static NumberFormat
builtin_format (guint id)
{
  switch (id)
    {
    case 2: case 4: case 11: case 39: case 40:
      return (NumberFormat) { FALSE, 2 };
    case 9:
      return (NumberFormat) { TRUE, 0 };
    case 10:
      return (NumberFormat) { TRUE, 2 };
    default:
      return (NumberFormat) { FALSE, 0 };
    }
}

static void
styles_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  Styles *styles = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "numFmt"))
    {
      const char *id = attribute (names, values, "numFmtId");
      const char *code = attribute (names, values, "formatCode");

      if (id != NULL && code != NULL)
        g_hash_table_insert (styles->codes, GUINT_TO_POINTER (atoi (id)), g_strdup (code));
    }
  else if (g_str_equal (name, "cellXfs"))
    styles->in_cell_xfs = TRUE;
  else if (g_str_equal (name, "xf") && styles->in_cell_xfs)
    {
      const char *id_text = attribute (names, values, "numFmtId");
      guint id = id_text ? atoi (id_text) : 0;
      const char *code = g_hash_table_lookup (styles->codes, GUINT_TO_POINTER (id));
      NumberFormat format = code ? parse_format_code (code) : builtin_format (id);

      g_array_append_val (styles->formats, format);
    }
}

static void
styles_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              user_data,
            GError              **error)
{
  Styles *styles = user_data;

  if (g_str_equal (local_name (element), "cellXfs"))
    styles->in_cell_xfs = FALSE;
}

/* A number as the text the builder reads: every digit the cell holds (to
 * Excel's 15 significant digits), at least the decimals its format shows,
 * a percentage in percent units with its sign. */
static char *
format_number (const char         *value,
               const NumberFormat *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;
  double number = g_ascii_strtod (value, &end);
  GString *out;
  const char *point;

  if (end == value || *end != '\0')
    return g_strdup (value);
  if (format->percent)
    number *= 100;

  g_ascii_formatd (buf, sizeof buf, "%.15g", number);
  if (strpbrk (buf, "eE") != NULL)
    g_ascii_formatd (buf, sizeof buf, "%.2f", number);

  out = g_string_new (buf);
  point = strchr (out->str, '.');
  if (point == NULL && format->decimals > 0)
    {
      g_string_append_c (out, '.');
      point = strchr (out->str, '.');
    }
  if (point != NULL)
    for (gsize have = strlen (point + 1); have < format->decimals; have++)
      g_string_append_c (out, '0');
  if (format->percent)
    g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

/* A sheet, row by row, into the raw table. */
typedef struct
{
  IndRawTable        *table;
  const GPtrArray    *strings;
  const GArray       *formats;
  GPtrArray          *cells;      /* of the row being read */
  guint               row;        /* its number */
  guint               last_row;   /* of the row before */
  guint               next_column;
  int                 column;     /* of the cell being read */
  char               *type;
  NumberFormat        format;
  GString            *value;
  gboolean            in_value;   /* inside <v> or an inline <t> */
  guint               phonetic_depth;
  gboolean            has_header;
  IndTally            tally;
  GError             *refusal;    /* past a limit: said as it is, not as bad XML */
} Sheet;

/* "BC12" → 54 (0-based column), or -1. */
static int
column_of_reference (const char *reference)
{
  int column = 0;
  const char *p = reference;

  for (; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > MAX_COLUMNS)
        return -1;
    }
  return p == reference ? -1 : column - 1;
}

static void
sheet_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              user_data,
             GError              **error)
{
  Sheet *sheet = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "row"))
    {
      const char *r = attribute (names, values, "r");
      guint number = r ? (guint)g_ascii_strtoull (r, NULL, 10) : sheet->last_row + 1;

      if (number <= sheet->last_row || number > MAX_ROWS)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "row %u out of order", number);
          return;
        }
      sheet->row = number;
      sheet->next_column = 0;
      g_ptr_array_set_size (sheet->cells, 0);
    }
  else if (g_str_equal (name, "c"))
    {
      const char *r = attribute (names, values, "r");
      const char *t = attribute (names, values, "t");
      const char *s = attribute (names, values, "s");
      guint style = s ? (guint)g_ascii_strtoull (s, NULL, 10) : 0;

      sheet->column = r ? column_of_reference (r) : (int)sheet->next_column;
      if (sheet->column < 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "bad cell reference «%s»", r);
          return;
        }
      g_free (sheet->type);
      sheet->type = g_strdup (t ? t : "n");
      sheet->format = style < sheet->formats->len ? g_array_index (sheet->formats, NumberFormat, style)
                                                  : (NumberFormat) { FALSE, 0 };
      g_string_truncate (sheet->value, 0);
    }
  else if (g_str_equal (name, "v") || (g_str_equal (name, "t") && sheet->phonetic_depth == 0))
    sheet->in_value = TRUE;
  else if (g_str_equal (name, "rPh"))
    sheet->phonetic_depth++;
}

static char *
cell_text (Sheet *sheet)
{
  const char *value = sheet->value->str;

  if (g_str_equal (sheet->type, "s"))
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);

      return g_strdup (*value && index < sheet->strings->len ? sheet->strings->pdata[index] : "");
    }
  if (g_str_equal (sheet->type, "n") && *value != '\0')
    return format_number (value, &sheet->format);
  if (g_str_equal (sheet->type, "b"))
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
  return g_strdup (value);
}

static void
sheet_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              user_data,
           GError              **error)
{
  Sheet *sheet = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "c"))
    {
      char *text = cell_text (sheet);

      /* A line break inside a cell is a wrapped name. */
      g_strdelimit (text, "\r\n", ' ');
      if ((guint)sheet->column >= sheet->cells->len)
        g_ptr_array_set_size (sheet->cells, sheet->column + 1);
      g_free (sheet->cells->pdata[sheet->column]);
      sheet->cells->pdata[sheet->column] = text;
      sheet->next_column = sheet->column + 1;
    }
  else if (g_str_equal (name, "row"))
    {
      char **cells;

      if ((sheet->row > sheet->last_row + 1 && !ind_limits_count_row (&sheet->tally, 0, &sheet->refusal)) ||
          !ind_limits_count_row (&sheet->tally, sheet->cells->len, &sheet->refusal))
        {
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "past a limit");
          return;
        }
      cells = g_new0 (char *, sheet->cells->len + 1);
      for (guint i = 0; i < sheet->cells->len; i++)
        {
          cells[i] = sheet->cells->pdata[i] ? sheet->cells->pdata[i] : g_strdup ("");
          sheet->cells->pdata[i] = NULL;
        }
      g_ptr_array_set_size (sheet->cells, 0);

      /* Rows the sheet leaves out are empty: one blank row stands for
       * them, as the builder only asks whether a row follows a blank. */
      if (sheet->row > sheet->last_row + 1)
        ind_raw_table_add_row (sheet->table, NULL, sheet->last_row + 1, 0);
      if (!sheet->has_header && sheet->row <= HEADER_SEARCH_ROWS)
        sheet->has_header = ind_report_match_header_cells ((const char * const *)cells, g_strv_length (cells), NULL);
      ind_raw_table_add_row (sheet->table, cells, sheet->row, 0);
      sheet->last_row = sheet->row;
    }
  else if (g_str_equal (name, "v") || g_str_equal (name, "t"))
    sheet->in_value = FALSE;
  else if (g_str_equal (name, "rPh"))
    sheet->phonetic_depth--;
}

static void
sheet_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 len,
            gpointer              user_data,
            GError              **error)
{
  Sheet *sheet = user_data;

  if (sheet->in_value)
    g_string_append_len (sheet->value, text, len);
}

static IndRawTable *
read_sheet (Package         *package,
            const char      *name,
            const GPtrArray *strings,
            const GArray    *formats,
            gboolean        *has_header,
            GError         **error)
{
  static const GMarkupParser parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(IndRawTable) table = ind_raw_table_new (IND_FORMAT_XLSX);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) value = g_string_new (NULL);
  Sheet sheet = { table, strings, formats, cells, 0, 0, 0, 0, NULL, { FALSE, 0 }, value, FALSE, 0, FALSE, { 0, 0 }, NULL };
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (!read_part (package, name, &bytes, error))
    return NULL;
  if (bytes == NULL)
    {
      set_damaged (error);
      return NULL;
    }
  ok = parse_part (package, bytes, name, &parser, &sheet, &local_error);
  g_free (sheet.type);
  if (!ok)
    {
      g_propagate_error (error, sheet.refusal ? sheet.refusal : g_steal_pointer (&local_error));
      return NULL;
    }
  *has_header = sheet.has_header;
  return g_steal_pointer (&table);
}

/* Reads an optional part with @parser; FALSE only on error. */
static gboolean
read_optional (Package             *package,
               const char          *name,
               const GMarkupParser *parser,
               gpointer             user_data,
               GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (name == NULL)
    return TRUE;
  if (!read_part (package, name, &bytes, error))
    return FALSE;
  return bytes == NULL || parse_part (package, bytes, name, parser, user_data, error);
}

static IndRawTable *
read_workbook (Package  *package,
               GError  **error)
{
  static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser strings_parser = { strings_start, strings_end, strings_text, NULL, NULL };
  static const GMarkupParser styles_parser = { styles_start, styles_end, NULL, NULL, NULL };
  Relationships package_rels = { 0 }, workbook_rels = { 0 };
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) string_text = g_string_new (NULL);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) formats = g_array_new (FALSE, FALSE, sizeof (NumberFormat));
  g_autoptr(GBytes) workbook_bytes = NULL;
  g_autoptr(IndRawTable) first = NULL;
  g_autofree char *workbook_name = NULL;
  SharedStrings ss = { strings, string_text, FALSE, 0 };
  Styles styles = { codes, formats, FALSE };
  Workbook workbook = { &workbook_rels, sheets };
  IndRawTable *result = NULL;

  if (!read_relationships (package, "", &package_rels, error))
    goto out;
  workbook_name = g_strdup (relationship_of_type (&package_rels, REL_OFFICE_DOCUMENT));
  if (workbook_name == NULL)
    workbook_name = g_strdup ("xl/workbook.xml");

  if (!read_part (package, workbook_name, &workbook_bytes, error))
    goto out;
  if (workbook_bytes == NULL)
    {
      g_set_error_literal (error, IND_ERROR, IND_ERROR_UNSUPPORTED,
                           _("It is a zip archive, not an Excel workbook (.xlsx)."));
      goto out;
    }
  if (!read_relationships (package, workbook_name, &workbook_rels, error) ||
      !parse_part (package, workbook_bytes, workbook_name, &workbook_parser, &workbook, error) ||
      !read_optional (package, relationship_of_type (&workbook_rels, REL_SHARED_STRINGS), &strings_parser, &ss, error) ||
      !read_optional (package, relationship_of_type (&workbook_rels, REL_STYLES), &styles_parser, &styles, error))
    goto out;

  /* The first sheet with the report's header; else the first sheet,
   * for the builder to say what it holds instead. */
  for (guint i = 0; i < sheets->len; i++)
    {
      gboolean has_header = FALSE;
      IndRawTable *table = read_sheet (package, sheets->pdata[i], strings, formats, &has_header, error);

      if (table == NULL)
        goto out;
      if (has_header)
        {
          result = table;
          goto out;
        }
      if (first == NULL)
        first = table;
      else
        ind_raw_table_free (table);
    }
  if (first == NULL)
    g_set_error_literal (error, IND_ERROR, IND_ERROR_EMPTY, _("The workbook has no sheets."));
  result = g_steal_pointer (&first);

out:
  relationships_clear (&package_rels);
  relationships_clear (&workbook_rels);
  return result;
}

/**
 * ind_read_xlsx:
 *
 * Reads the sheet of an Excel workbook that holds the report into raw
 * rows, one per sheet row, with the row number as the line.
 */
IndRawTable *
ind_read_xlsx (GBytes        *bytes,
               GCancellable  *cancellable,
               GError       **error)
{
  zlib_filefunc64_def functions = {
    mem_open, mem_read, mem_write, mem_tell, mem_seek, mem_close, mem_error, NULL
  };
  Package package = { { NULL, 0, 0 }, NULL, cancellable, 0 };
  unz_global_info64 global;
  IndRawTable *table;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!ind_limits_check_size (g_bytes_get_size (bytes), ind_limits_get ()->bytes, error))
    return NULL;

  package.stream.data = g_bytes_get_data (bytes, &package.stream.len);
  functions.opaque = &package.stream;
  package.zip = unzOpen2_64 ("", &functions);
  if (package.zip == NULL || unzGetGlobalInfo64 (package.zip, &global) != UNZ_OK)
    {
      set_damaged (error);
      g_clear_pointer (&package.zip, unzClose);
      return NULL;
    }
  /* Finding a part walks the zip's directory: its length is bounded. */
  if (!ind_limits_check_parts (global.number_entry, error))
    {
      unzClose (package.zip);
      return NULL;
    }

  table = read_workbook (&package, error);
  unzClose (package.zip);
  return table;
}
