/* ind-export-xlsx.c
 *
 * The workbook the staff finish their council material in. Its sheets'
 * names are fixed identifiers of that workbook (not translated):
 * "Resumen" (programs with totals and percentages as formulas, the
 * comments for the council, and two native charts), "Detalle" (the whole
 * hierarchy with an outline Excel can fold, and the comments), "Revisión
 * del informe" (every problem the review found in the report, then the
 * comments whose item is gone) and, beside reports of other periods,
 * "Comparación".
 *
 * Every sheet prints on Letter landscape at its own width, as many pages
 * down as it takes, with its header on each page.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "ind-atomic-file.h"
#include "ind-chart-layout-private.h"
#include "ind-error.h"
#include "ind-export-xlsx.h"
#include "ind-format.h"

#define SHEET_RESUMEN       "Resumen"
#define SHEET_DETALLE       "Detalle"
#define SHEET_REVISION      "Revisión del informe"
#define SHEET_COMPARACION   "Comparación"

#define MAX_COLUMNS      128
/* Comparación takes three columns per period and four others. */
#define MAX_PERIODS      ((MAX_COLUMNS - 4) / 3)
/* In characters: a long name is cut off on screen rather than pushing
 * every figure out of sight. */
#define MAX_COLUMN_WIDTH 70

/* Widths, in characters, at which long texts wrap. Detalle's fifteen
 * columns add up to about 200 characters, so that a Letter page in
 * landscape holds them at two thirds of their size: 11 pt prints at
 * 7.5 pt. */
#define DETALLE_NAME_WIDTH   30
#define DETALLE_UNIDAD_WIDTH 15
#define DETALLE_NOTE_WIDTH   16
#define RESUMEN_NAME_WIDTH   40
#define RESUMEN_NOTE_WIDTH   30
#define MESSAGE_WIDTH        90
#define COMPARACION_NAME_WIDTH 40
/* Points; the cells' 11 */
#define HEADER_FONT_SIZE     10

/* The page, in inches: narrow side margins leave the columns room. */
#define PAPER_LETTER         1
#define MARGIN_SIDE          0.3
#define MARGIN_TOP           0.5
#define MARGIN_FOOTER        0.25
/* Excel's limit for a header or footer, in bytes. */
#define MAX_FOOTER           255

/* Rows of "Resumen" (0-based) above the table of programs. */
enum
{
  RESUMEN_ROW_TITLE,
  RESUMEN_ROW_ENTITY,
  RESUMEN_ROW_PERIOD,
  RESUMEN_ROW_PACE,
  RESUMEN_ROW_BANDS,
  RESUMEN_ROW_HEADER = RESUMEN_ROW_BANDS + 2,
  RESUMEN_ROW_FIRST_PROGRAM,
};

/* The column of the expected pace's value, in its row above the table. */
#define RESUMEN_COL_PACE_VALUE 1

/* Pixels: a chart's default width, and the gap between the two of
 * "Resumen". */
#define CHART_WIDTH       480
#define RESUMEN_CHART_GAP 20

/* Columns of the table in "Resumen"; the formulas below spell C, D, E
 * and F, G for the money and percentage columns. */
enum
{
  RESUMEN_COL_PROGRAM,
  RESUMEN_COL_NAME,
  RESUMEN_COL_MODIFICADO,
  RESUMEN_COL_DEVENGADO,
  RESUMEN_COL_PAGADO,
  RESUMEN_COL_EJERCIDO,
  RESUMEN_COL_PAGADO_SHARE,
  RESUMEN_COL_PACE,
  RESUMEN_COL_NOTE,      /* where the pace is not known, in its place */
  RESUMEN_N_COLUMNS
};

enum
{
  DETALLE_COL_PATH,
  DETALLE_COL_CLAVE,
  DETALLE_COL_NOMBRE,
  DETALLE_COL_MODIFICADO,
  DETALLE_COL_DEVENGADO,
  DETALLE_COL_PAGADO,
  DETALLE_COL_AV_FIN,
  DETALLE_COL_EJERCIDO,
  DETALLE_COL_AV_FIS,
  DETALLE_COL_PONDERADO,
  DETALLE_COL_PONDERADO_COMPUTED,
  DETALLE_COL_META,
  DETALLE_COL_ALCANZADO,
  DETALLE_COL_UNIDAD,
  DETALLE_COL_NOTE,
  DETALLE_N_COLUMNS
};

enum
{
  REVISION_COL_SEVERITY,
  REVISION_COL_PATH,
  REVISION_COL_LINE,
  REVISION_COL_PAGE,
  REVISION_COL_MESSAGE,
  REVISION_N_COLUMNS
};

typedef enum
{
  STYLE_TEXT,
  STYLE_MONEY,
  STYLE_PERCENT,
  STYLE_INTEGER,
  STYLE_NAME,          /* indented by depth: STYLE_NAME + 0…2 */
  STYLE_LOST_NAME = STYLE_NAME + 3,  /* placeholders, by depth too */
  N_STYLES = STYLE_LOST_NAME + 3
} Style;

/* A header's cell, whose row is made as tall as its wrapped label once
 * the columns' widths are known. */
typedef struct
{
  lxw_row_t  row;
  lxw_col_t  col;
  char      *label;
} HeaderCell;

typedef struct
{
  lxw_worksheet *ws;
  guint          n_columns;
  guint          widths[MAX_COLUMNS];  /* widest content, in characters */
  guint          wrap[MAX_COLUMNS];    /* 0, or the width its text wraps at */
  GArray        *headers;              /* HeaderCell, by row */
  /* The first of a sheet's two passes (see fill_sheet()): every cell is
   * measured into widths[], headers[] is filled, nothing is written. */
  gboolean       measuring;
} Sheet;

static void
header_cell_clear (HeaderCell *cell)
{
  g_free (cell->label);
}

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->headers, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sheet, sheet_clear)

typedef struct
{
  IndReport      *report;
  IndProject     *project;
  IndComparison  *comparison;
  IndSemaforoBands bands;
  GDateTime      *generated;  /* NULL: now */
  GCancellable   *cancellable;
  lxw_workbook   *workbook;
  lxw_error       status;     /* the first error libxlsxwriter reported */

  gboolean        has_pace;
  double          pace;       /* a fraction, as Excel holds percentages */
  /* The cell that holds it, which the semáforo's rules read. */
  char            pace_cell[sizeof SHEET_RESUMEN + LXW_MAX_CELL_NAME_LENGTH];
  char           *footer;     /* the report and the page, on every page */

  lxw_format     *styles[2][N_STYLES];  /* [bold][style] */
  lxw_format     *header;
  lxw_format     *title;
  lxw_format     *wrapped;              /* long text, wrapped at the top */
  lxw_format     *points;               /* a change in percentage points */
  lxw_format     *pace_style;           /* the pace, beside its label */
  lxw_format     *semaforo[3];          /* by IndSemaforo */
} Export;

/**
 * ind_export_xlsx_suggest_name:
 *
 * Returns: (transfer full): the file name a save dialog proposes,
 *   "Indicadores 2024-T1.xlsx" for the report of 31 March 2024
 */
char *
ind_export_xlsx_suggest_name (IndReport *report)
{
  const GDate *period;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  period = ind_report_get_period_end (report);
  if (!g_date_valid (period))
    return g_strdup ("Indicadores.xlsx");
  return g_strdup_printf ("Indicadores %u-T%u.xlsx", g_date_get_year (period),
                          ind_report_get_quarter (report));
}

static void
check (Export    *e,
       lxw_error  status)
{
  if (e->status == LXW_NO_ERROR)
    e->status = status;
}

static void
fit (Sheet *sheet,
     guint  col,
     guint  chars)
{
  g_assert (col < sheet->n_columns);
  sheet->widths[col] = MAX (sheet->widths[col], chars);
}

/* A column's width counts digits (text_width() measures in them). Bold
 * letters take a twentieth more; the header's bold ones, smaller, a
 * twentieth less. An indent level takes about a digit. */
#define WIDE_BOLD      1.05
#define HEADER_LETTERS 0.95
#define INDENT_CHARS   1.0

static guint
digits (guint64 units)
{
  guint n = 1;

  for (; units >= 10; units /= 10)
    n++;
  return n;
}

/* A column's width counts characters as wide as a digit; a comma or a
 * point takes half of one. */
static guint
points_chars (guint points)
{
  return (points + 1) / 2;
}

/* Characters of @units written with thousands separators. */
static guint
grouped_chars (guint64  units,
               gboolean negative)
{
  guint n = digits (units);

  return n + points_chars ((n - 1) / 3) + (negative ? 1 : 0);
}

static guint64
magnitude (gint64 value)
{
  return value < 0 ? -(guint64)value : (guint64)value;
}

/* Characters of @centavos under "#,##0.00". */
static guint
money_chars (gint64 centavos)
{
  guint n = digits (magnitude (centavos) / 100);

  /* the separators and the decimal point, then two decimals */
  return n + points_chars ((n - 1) / 3 + 1) + 2 + (centavos < 0 ? 1 : 0);
}

/* Every cell goes through these, which write nothing while the sheet
 * is measured. @text runs over the empty cells to its right: it does not
 * widen its column. Names and notes are always strings:
 * worksheet_write_string() never reads "=…" as a formula. */
static void
put_text (Export     *e,
          Sheet      *sheet,
          lxw_row_t   row,
          lxw_col_t   col,
          const char *text,
          lxw_format *format)
{
  if (!sheet->measuring)
    check (e, worksheet_write_string (sheet->ws, row, col, text, format));
}

/* @text in one cell across @first_col to @last_col of @row. */
static void
put_merged (Export     *e,
            Sheet      *sheet,
            lxw_row_t   row,
            lxw_col_t   first_col,
            lxw_col_t   last_col,
            const char *text,
            lxw_format *format)
{
  if (!sheet->measuring)
    check (e, worksheet_merge_range (sheet->ws, row, first_col, row, last_col, text, format));
}

/* @formula, with its result cached for viewers that do not recalculate:
 * @value when @known, else the empty string. */
static void
put_formula (Export     *e,
             Sheet      *sheet,
             lxw_row_t   row,
             lxw_col_t   col,
             const char *formula,
             lxw_format *format,
             gboolean    known,
             double      value)
{
  if (sheet->measuring)
    return;
  if (known)
    check (e, worksheet_write_formula_num (sheet->ws, row, col, formula, format, value));
  else
    check (e, worksheet_write_formula_str (sheet->ws, row, col, formula, format, ""));
}

/* @value, which takes @chars characters under @format. */
static void
put_number (Export     *e,
            Sheet      *sheet,
            lxw_row_t   row,
            lxw_col_t   col,
            double      value,
            guint       chars,
            lxw_format *format)
{
  if (!sheet->measuring)
    check (e, worksheet_write_number (sheet->ws, row, col, value, format));
  fit (sheet, col, chars);
}

static void
put_string (Export     *e,
            Sheet      *sheet,
            lxw_row_t   row,
            lxw_col_t   col,
            const char *text,
            lxw_format *format)
{
  if (text == NULL)
    return;
  put_text (e, sheet, row, col, text, format);
  fit (sheet, col, g_utf8_strlen (text, -1));
}

static void
put_money (Export     *e,
           Sheet      *sheet,
           lxw_row_t   row,
           lxw_col_t   col,
           gboolean    known,
           gint64      centavos,
           lxw_format *format)
{
  if (!known)
    return;
  put_number (e, sheet, row, col, centavos / 100.0, money_chars (centavos), format);
}

/* @percent in percent units, as the model holds it. */
static void
put_percent (Export     *e,
             Sheet      *sheet,
             lxw_row_t   row,
             lxw_col_t   col,
             gboolean    known,
             double      percent,
             lxw_format *format)
{
  if (!known)
    return;
  put_number (e, sheet, row, col, percent / 100.0, 7, format);
}

static void
put_integer (Export     *e,
             Sheet      *sheet,
             lxw_row_t   row,
             lxw_col_t   col,
             gboolean    known,
             gint64      value,
             lxw_format *format)
{
  if (!known)
    return;
  put_number (e, sheet, row, col, (double)value, grouped_chars (magnitude (value), value < 0), format);
}

/* The width of @col once set_widths() has run, in characters: its
 * widest content and a character for the cell's margins. */
static double
final_width (Sheet     *sheet,
             lxw_col_t  col)
{
  return MIN (sheet->widths[col] + 1, sheet->wrap[col] > 0 ? sheet->wrap[col] : MAX_COLUMN_WIDTH);
}

/* @col is at most @width characters wide, and its cells' formats wrap
 * the text beyond. */
static void
wrap_column (Sheet *sheet,
             guint  col,
             guint  width)
{
  g_assert (col < sheet->n_columns);
  sheet->wrap[col] = width;
}

/* The width of the character @c in digits, as Calibri (and Carlito)
 * draw it at the cells' size: a letter by its own width, an accented one
 * as its base letter, anything else as half a digit. */
static double
char_width (gunichar c)
{
  /* Calibri's advance widths over its digits' */
  static const double upper[26] = {
    1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.50, 0.63, 1.03, 0.83, 1.69,
    1.27, 1.31, 1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92,
  };
  static const double lower[26] = {
    0.94, 1.04, 0.83, 1.04, 0.98, 0.60, 0.93, 1.04, 0.45, 0.47, 0.90, 0.45, 1.58,
    1.04, 1.04, 1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.85, 0.89, 0.78,
  };

  /* "Ó" is "O" and a mark */
  if (c >= 0x80)
    {
      gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

      g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      c = decomposed[0];
    }
  if (c >= 'A' && c <= 'Z')
    return upper[c - 'A'];
  if (c >= 'a' && c <= 'z')
    return lower[c - 'a'];
  if (c >= '0' && c <= '9')
    return 1;
  return 0.5;
}

static double
text_width (const char *text)
{
  double width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));
  return width;
}

/* Room for @text, maybe bold, indented @depth levels. */
static void
fit_text (Sheet      *sheet,
          guint       col,
          const char *text,
          guint       depth)
{
  if (text != NULL)
    fit (sheet, col, (guint)ceil (text_width (text) * WIDE_BOLD + INDENT_CHARS * depth));
}

/* Lines that @text takes wrapped in @width digits, word by word as a
 * spreadsheet breaks them. Estimated, as neither Excel nor LibreOffice
 * fits a row's height when the file sets it, and some never fit it. */
static guint
wrapped_lines (const char *text,
               double      width)
{
  /* half a digit to spare: a line too many wastes room, one too few
   * hides text */
  double room = MAX (width - 0.5, 1), space = char_width (' ');
  double used = 0, word = 0;
  guint lines = 1;

  if (text == NULL)
    return 1;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != '\n' && c != '\0')
        {
          word += char_width (c);
          continue;
        }
      /* the word just ended goes on this line or starts the next */
      if (used > 0 && used + space + word > room)
        {
          lines++;
          used = 0;
        }
      /* A word longer than a line is broken inside. */
      for (; word > room; word -= room)
        lines++;
      used += (used > 0 ? space : 0) + word;
      word = 0;
      if (c == '\0')
        return lines;
      if (c == '\n')
        {
          lines++;
          used = 0;
        }
    }
}

/* Lines of a name indented @depth levels in a column @width wide. */
static guint
name_lines (const char *nombre,
            double      width,
            guint       depth,
            gboolean    bold)
{
  return wrapped_lines (nombre, (width - INDENT_CHARS * depth) / (bold ? WIDE_BOLD : 1));
}

/* Sets @row's height to @lines of text, keeping @options (an outline
 * level). */
static void
set_row_lines (Export              *e,
               Sheet               *sheet,
               lxw_row_t            row,
               guint                lines,
               lxw_row_col_options *options)
{
  if (!sheet->measuring)
    check (e, worksheet_set_row_opt (sheet->ws, row, MAX (lines, 1) * LXW_DEF_ROW_HEIGHT, NULL, options));
}

/* The header wraps: a column need only be as wide as its longest word,
 * in the header's letters. */
static guint
longest_word (const char *label)
{
  g_auto(GStrv) words = g_strsplit (label, " ", -1);
  double longest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    longest = MAX (longest, text_width (words[i]) * HEADER_LETTERS);
  return (guint)ceil (longest);
}

/* Lines of the header row @row, each label wrapped at its column's
 * final width: known once the sheet has been measured. */
static guint
header_lines (Sheet     *sheet,
              lxw_row_t  row)
{
  guint lines = 1;

  for (guint i = 0; i < sheet->headers->len; i++)
    {
      HeaderCell *cell = &g_array_index (sheet->headers, HeaderCell, i);

      if (cell->row == row)
        lines = MAX (lines, wrapped_lines (cell->label, final_width (sheet, cell->col) / HEADER_LETTERS));
    }
  return lines;
}

/* A header's label in @col of @row: it wraps, so the column need only
 * be as wide as its longest word, and the row is as tall as its longest
 * label wrapped. */
static void
put_header_cell (Export     *e,
                 Sheet      *sheet,
                 lxw_row_t   row,
                 lxw_col_t   col,
                 const char *label)
{
  HeaderCell cell = { row, col, NULL };

  if (!sheet->measuring)
    {
      set_row_lines (e, sheet, row, header_lines (sheet, row), NULL);
      put_text (e, sheet, row, col, label, e->header);
      return;
    }
  fit (sheet, col, longest_word (label));
  if (sheet->headers == NULL)
    {
      sheet->headers = g_array_new (FALSE, FALSE, sizeof (HeaderCell));
      g_array_set_clear_func (sheet->headers, (GDestroyNotify)header_cell_clear);
    }
  cell.label = g_strdup (label);
  g_array_append_val (sheet->headers, cell);
}

static void
put_header (Export             *e,
            Sheet              *sheet,
            lxw_row_t           row,
            const char * const *labels)
{
  for (guint col = 0; col < sheet->n_columns; col++)
    put_header_cell (e, sheet, row, col, labels[col]);
}

/* At the end of a sheet: the columns' widths. */
static void
set_widths (Export *e,
            Sheet  *sheet)
{
  for (guint col = 0; col < sheet->n_columns; col++)
    check (e, worksheet_set_column (sheet->ws, col, col, final_width (sheet, col), NULL));
}

/* The workbook keeps one row of a sheet in memory (constant_memory): a
 * row is written once, in order, and a header row's height must be known
 * when it is written, though it follows from the widths of the columns
 * below. So @fill runs twice: first measuring every cell, then writing
 * each. It writes cells and rows' heights only; the rest of the sheet
 * (widths, charts, rules) comes after. */
typedef gboolean (*FillFunc) (Export   *e,
                              Sheet    *sheet,
                              gpointer  data,
                              GError  **error);

static gboolean
fill_sheet (Export    *e,
            Sheet     *sheet,
            FillFunc   fill,
            gpointer   data,
            GError   **error)
{
  sheet->measuring = TRUE;
  if (!fill (e, sheet, data, error))
    return FALSE;
  sheet->measuring = FALSE;
  return fill (e, sheet, data, error);
}

/* Letter landscape, as wide as the page and as many pages down as it
 * takes: fitting the height too would squeeze a long sheet onto one
 * page at a size nobody reads. */
static void
set_page (Export        *e,
          lxw_worksheet *ws)
{
  lxw_header_footer_options footer = { .margin = MARGIN_FOOTER };

  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, PAPER_LETTER);
  worksheet_set_margins (ws, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_TOP);
  worksheet_fit_to_pages (ws, 1, 0);
  check (e, worksheet_set_footer_opt (ws, e->footer, &footer));
}

/* ... with @header_row, the table's header, on every page. */
static void
set_print_layout (Export    *e,
                  Sheet     *sheet,
                  lxw_row_t  header_row)
{
  set_page (e, sheet->ws);
  check (e, worksheet_repeat_rows (sheet->ws, header_row, header_row));
}

/* A table with its header in the first row, which stays in sight and
 * is printed on every page. */
static void
set_table_layout (Export *e,
                  Sheet  *sheet)
{
  worksheet_freeze_panes (sheet->ws, 1, 0);
  set_print_layout (e, sheet, 0);
}

/* The filter on the table whose header is row 0, at the end of its
 * rows: the workbook refuses it once a row below has been written. */
static void
put_autofilter (Export    *e,
                Sheet     *sheet,
                lxw_row_t  last_row)
{
  if (!sheet->measuring)
    check (e, worksheet_autofilter (sheet->ws, 0, 0, MAX (last_row, 1), sheet->n_columns - 1));
}

/* A new sheet. Those with charts stay in memory whole: a chart's
 * categories are written as text (strRef) only when the workbook can read
 * the cells back, which it cannot in its constant_memory mode. The others,
 * which take a row per item, keep one row in memory, and their rows must
 * be written in order (see fill_sheet()). */
static lxw_worksheet *
add_sheet (Export     *e,
           const char *name,
           gboolean    has_chart)
{
  /* libxlsxwriter reads the mode from its options as each sheet is added */
  e->workbook->options.constant_memory = !has_chart;
  return workbook_add_worksheet (e->workbook, name);
}

/* On a failure before workbook_close(): the temporary files of the sheets
 * kept row by row, which lxw_workbook_free() leaves open. */
static void
close_sheet_files (Export *e)
{
  lxw_worksheet *ws;

  LXW_FOREACH_WORKSHEET (ws, e->workbook)
    if (ws->optimize && ws->optimize_tmpfile != NULL)
      {
        fclose (ws->optimize_tmpfile);
        ws->optimize_tmpfile = NULL;
      }
}

/* Between rows: stop at the first error or when cancelled. */
static gboolean
keep_going (Export  *e,
            GError **error)
{
  if (e->status != LXW_NO_ERROR)
    return FALSE;
  return !g_cancellable_set_error_if_cancelled (e->cancellable, error);
}

static lxw_format *
add_format (Export     *e,
            gboolean    bold,
            const char *num_format)
{
  lxw_format *format = workbook_add_format (e->workbook);

  /* Beside a wrapped name, a figure stays on the name's first line. */
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (bold)
    format_set_bold (format);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

static void
add_formats (Export *e)
{
  static const lxw_color_t fills[] = { 0xC6EFCE, 0xFFEB9C, 0xFFC7CE };
  static const lxw_color_t inks[] = { 0x006100, 0x9C5700, 0x9C0006 };

  for (guint bold = 0; bold < 2; bold++)
    {
      lxw_format **styles = e->styles[bold];

      /* No two formats alike: libxlsxwriter looks a format that
       * duplicates another up in a hash for every cell, which costs a
       * tenth of a large export. */
      styles[STYLE_TEXT] = add_format (e, bold, NULL);
      styles[STYLE_MONEY] = add_format (e, bold, "#,##0.00");
      styles[STYLE_PERCENT] = add_format (e, bold, "0.0%");
      styles[STYLE_INTEGER] = add_format (e, bold, "#,##0");
      for (guint depth = 0; depth < 3; depth++)
        {
          /* Names wrap where their column does; elsewhere they fit. */
          styles[STYLE_NAME + depth] = add_format (e, bold, NULL);
          format_set_text_wrap (styles[STYLE_NAME + depth]);
          format_set_indent (styles[STYLE_NAME + depth], depth);
          styles[STYLE_LOST_NAME + depth] = add_format (e, bold, NULL);
          format_set_text_wrap (styles[STYLE_LOST_NAME + depth]);
          format_set_indent (styles[STYLE_LOST_NAME + depth], depth);
          format_set_italic (styles[STYLE_LOST_NAME + depth]);
          format_set_font_color (styles[STYLE_LOST_NAME + depth], 0x9C0006);
        }
    }

  e->header = add_format (e, TRUE, NULL);
  format_set_align (e->header, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_text_wrap (e->header);
  format_set_font_size (e->header, HEADER_FONT_SIZE);
  format_set_bottom (e->header, LXW_BORDER_THIN);
  format_set_bg_color (e->header, 0xDDE5EE);

  e->title = add_format (e, TRUE, NULL);
  format_set_font_size (e->title, 14);

  e->wrapped = e->styles[FALSE][STYLE_NAME];
  e->points = add_format (e, FALSE, "+0.0;-0.0;0.0");
  e->pace_style = add_format (e, TRUE, "0.0%");
  format_set_align (e->pace_style, LXW_ALIGN_LEFT);

  for (guint i = 0; i < G_N_ELEMENTS (e->semaforo); i++)
    {
      e->semaforo[i] = workbook_add_format (e->workbook);
      format_set_bg_color (e->semaforo[i], fills[i]);
      format_set_font_color (e->semaforo[i], inks[i]);
    }
}

/* The semáforo on a column of "% ejercido" fractions: green, yellow or
 * red by the distance from the expected pace in its cell on Resumen, as
 * ind_semaforo_classify() decides; empty cells stay uncoloured. The
 * bands are the export's. */
static void
add_semaforo (Export    *e,
              Sheet     *sheet,
              lxw_row_t  first_row,
              lxw_row_t  last_row,
              lxw_col_t  col)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];
  const char *pace = e->pace_cell;
  char green[G_ASCII_DTOSTR_BUF_SIZE];
  char yellow[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *green_rule = NULL;
  g_autofree char *yellow_rule = NULL;
  g_autofree char *red_rule = NULL;
  const char *rules[3];

  if (!e->has_pace || last_row < first_row)
    return;

  /* The top-left cell, relative, as Excel expects in a range's rule. */
  lxw_rowcol_to_cell (cell, first_row, col);
  /* 15 digits, as Excel keeps them: 0.05 rather than 0.050000000000000003 */
  g_ascii_formatd (green, sizeof green, "%.15g", e->bands.green / 100.0);
  g_ascii_formatd (yellow, sizeof yellow, "%.15g", e->bands.yellow / 100.0);
  rules[IND_SEMAFORO_GREEN] = green_rule =
    g_strdup_printf ("=AND(ISNUMBER(%s),ABS(%s-%s)<=%s)", cell, cell, pace, green);
  rules[IND_SEMAFORO_YELLOW] = yellow_rule =
    g_strdup_printf ("=AND(ISNUMBER(%s),ABS(%s-%s)<=%s)", cell, cell, pace, yellow);
  rules[IND_SEMAFORO_RED] = red_rule =
    g_strdup_printf ("=AND(ISNUMBER(%s),ABS(%s-%s)>%s)", cell, cell, pace, yellow);

  /* The first rule that holds wins, so green comes before yellow. */
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      lxw_conditional_format rule = {
        .type = LXW_CONDITIONAL_TYPE_FORMULA,
        .value_string = (char *)rules[i],
        .format = e->semaforo[i],
        .stop_if_true = LXW_TRUE,
      };

      check (e, worksheet_conditional_format_range (sheet->ws, first_row, col,
                                                    last_row, col, &rule));
    }
}

/* ---- Resumen ---------------------------------------------------------- */

/* @numerator's column over @denominator's, in @row, as a formula; the
 * result is cached for viewers that do not recalculate. */
static void
put_ratio_formula (Export     *e,
                   Sheet      *sheet,
                   lxw_row_t   row,
                   lxw_col_t   col,
                   lxw_col_t   numerator,
                   lxw_col_t   denominator,
                   gboolean    known,
                   gint64      num,
                   gint64      den,
                   lxw_format *format)
{
  char n[LXW_MAX_CELL_NAME_LENGTH];
  char d[LXW_MAX_CELL_NAME_LENGTH];
  g_autofree char *formula = NULL;

  lxw_rowcol_to_cell (n, row, numerator);
  lxw_rowcol_to_cell (d, row, denominator);
  formula = g_strdup_printf ("=IF(AND(ISNUMBER(%s),ISNUMBER(%s),%s<>0),%s/%s,\"\")", d, n, d, n, d);

  put_formula (e, sheet, row, col, formula, format, known && den != 0, known && den != 0 ? (double)num / (double)den : 0);
  fit (sheet, col, 7);
}

static void
put_summary_row (Export     *e,
                 Sheet      *sheet,
                 lxw_row_t   row,
                 const gint64 *values,
                 const gboolean *known,
                 gboolean    bold)
{
  lxw_format **styles = e->styles[bold];

  put_ratio_formula (e, sheet, row, RESUMEN_COL_EJERCIDO, RESUMEN_COL_DEVENGADO, RESUMEN_COL_MODIFICADO,
                     known[IND_MONEY_MODIFICADO] && known[IND_MONEY_DEVENGADO],
                     values[IND_MONEY_DEVENGADO], values[IND_MONEY_MODIFICADO],
                     styles[STYLE_PERCENT]);
  put_ratio_formula (e, sheet, row, RESUMEN_COL_PAGADO_SHARE, RESUMEN_COL_PAGADO, RESUMEN_COL_MODIFICADO,
                     known[IND_MONEY_MODIFICADO] && known[IND_MONEY_PAGADO],
                     values[IND_MONEY_PAGADO], values[IND_MONEY_MODIFICADO],
                     styles[STYLE_PERCENT]);
  if (e->has_pace)
    {
      char pace_cell[LXW_MAX_CELL_NAME_LENGTH + 1];

      lxw_rowcol_to_cell_abs (pace_cell + 1, RESUMEN_ROW_PACE, RESUMEN_COL_PACE_VALUE, TRUE, TRUE);
      pace_cell[0] = '=';
      put_formula (e, sheet, row, RESUMEN_COL_PACE, pace_cell, styles[STYLE_PERCENT], TRUE, e->pace);
    }
}

/* A colour of the charts the app draws, so that the workbook's match
 * them. */
static lxw_color_t
palette (IndChartStyle style)
{
  IndChartRgb rgb;

  _ind_chart_style_color (style, FALSE, &rgb);
  return (lxw_color_t)lround (rgb.red * 255) << 16 | (lxw_color_t)lround (rgb.green * 255) << 8 |
         (lxw_color_t)lround (rgb.blue * 255);
}

static void
set_series_color (lxw_chart_series *series,
                  IndChartStyle     style)
{
  lxw_chart_fill fill = { .color = palette (style) };
  lxw_chart_line line = { .color = palette (style) };

  chart_series_set_fill (series, &fill);
  chart_series_set_line (series, &line);
}

static lxw_chart_series *
add_program_series (lxw_chart *chart,
                    lxw_row_t  first,
                    lxw_row_t  last,
                    lxw_col_t  col)
{
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);

  chart_series_set_categories (series, SHEET_RESUMEN, first, RESUMEN_COL_PROGRAM,
                               last, RESUMEN_COL_PROGRAM);
  chart_series_set_values (series, SHEET_RESUMEN, first, col, last, col);
  chart_series_set_name_range (series, SHEET_RESUMEN, RESUMEN_ROW_HEADER, col);
  return series;
}

/* Modificado, Devengado and Pagado of each program, in the colours of
 * the app's chart. */
static lxw_chart *
execution_chart (Export    *e,
                 lxw_row_t  first,
                 lxw_row_t  last)
{
  static const IndChartStyle styles[IND_N_MONEY] = {
    IND_CHART_STYLE_MODIFICADO, IND_CHART_STYLE_DEVENGADO, IND_CHART_STYLE_PAGADO,
  };
  lxw_chart *chart = workbook_add_chart (e->workbook, LXW_CHART_COLUMN);

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    set_series_color (add_program_series (chart, first, last, RESUMEN_COL_MODIFICADO + m), styles[m]);
  chart_title_set_name (chart, _("Execution by program"));
  chart_axis_set_num_format (chart->y_axis, "#,##0");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

/* % ejercido of each program as a dot with its figure, and the expected
 * pace as a dashed line across: a line chart, since libxlsxwriter draws
 * no bars and line in one chart. The dots take Devengado's colour, not
 * the semáforo's: LibreOffice ignores a colour by point, and the table
 * above has the semáforo. */
static lxw_chart *
pace_chart (Export    *e,
            lxw_row_t  first,
            lxw_row_t  last)
{
  lxw_chart *chart = workbook_add_chart (e->workbook, LXW_CHART_LINE);
  lxw_chart_line no_line = { .none = LXW_TRUE };
  lxw_chart_fill dot_fill = { .color = palette (IND_CHART_STYLE_DEVENGADO) };
  lxw_chart_line dot_line = { .color = palette (IND_CHART_STYLE_DEVENGADO) };
  lxw_chart_series *series = add_program_series (chart, first, last, RESUMEN_COL_EJERCIDO);

  chart_series_set_line (series, &no_line);
  chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
  chart_series_set_marker_size (series, 10);
  chart_series_set_marker_fill (series, &dot_fill);
  chart_series_set_marker_line (series, &dot_line);
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, "0.0%");
  chart_series_set_labels_position (series, LXW_CHART_LABEL_POSITION_RIGHT);

  if (e->has_pace)
    {
      lxw_chart_line dashed = {
        .color = palette (IND_CHART_STYLE_PACE),
        .width = 1.5,
        .dash_type = LXW_CHART_LINE_DASH_DASH,
      };

      series = add_program_series (chart, first, last, RESUMEN_COL_PACE);
      chart_series_set_line (series, &dashed);
      chart_series_set_marker_type (series, LXW_CHART_MARKER_NONE);
    }
  /* xgettext:no-c-format */
  chart_title_set_name (chart, _("% ejercido against the expected pace"));
  chart_axis_set_num_format (chart->y_axis, "0%");
  chart_axis_set_min (chart->y_axis, 0);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

/* The two charts side by side at @at, under the table and as wide as it,
 * so that a printed page is as wide as the table and holds both. */
static void
add_charts (Export    *e,
            Sheet     *sheet,
            lxw_row_t  first,
            lxw_row_t  last,
            lxw_row_t  at)
{
  double table = 0, scale;
  lxw_chart_options placement = { 0 };

  /* Excel draws a column of width w in 7 w + 5 pixels. */
  for (guint col = 0; col < sheet->n_columns; col++)
    table += 7 * final_width (sheet, col) + 5;
  scale = MAX (table - RESUMEN_CHART_GAP, CHART_WIDTH) / 2 / CHART_WIDTH;
  placement.x_scale = scale;
  check (e, worksheet_insert_chart_opt (sheet->ws, at, RESUMEN_COL_PROGRAM,
                                        execution_chart (e, first, last), &placement));
  placement.x_offset = (gint32)lround (scale * CHART_WIDTH) + RESUMEN_CHART_GAP;
  check (e, worksheet_insert_chart_opt (sheet->ws, at, RESUMEN_COL_PROGRAM,
                                        pace_chart (e, first, last), &placement));
}

/* Above the table: the title, the entity, the period, the pace and the
 * semáforo's bands. They run over the empty cells to their right. */
static void
put_resumen_heading (Export *e,
                     Sheet  *sheet)
{
  g_autofree char *period = ind_format_period (ind_report_get_period_end (e->report));

  if (ind_report_get_title (e->report) != NULL)
    put_text (e, sheet, RESUMEN_ROW_TITLE, 0, ind_report_get_title (e->report), e->title);
  if (ind_report_get_entity (e->report) != NULL)
    put_text (e, sheet, RESUMEN_ROW_ENTITY, 0, ind_report_get_entity (e->report), NULL);
  put_text (e, sheet, RESUMEN_ROW_PERIOD, 0, period, NULL);
  if (e->has_pace)
    {
      g_autofree char *bands = ind_semaforo_describe_bands (&e->bands);

      put_string (e, sheet, RESUMEN_ROW_PACE, 0, _("Expected pace"), e->styles[TRUE][STYLE_TEXT]);
      put_percent (e, sheet, RESUMEN_ROW_PACE, RESUMEN_COL_PACE_VALUE, TRUE, e->pace * 100.0,
                   e->pace_style);
      put_text (e, sheet, RESUMEN_ROW_BANDS, 0, bands, NULL);
    }
}

/* A program's row of the table, as tall as its wrapped name or comment. */
static void
put_program_row (Export    *e,
                 Sheet     *sheet,
                 lxw_row_t  row,
                 IndItem   *program,
                 lxw_col_t  note_col)
{
  lxw_format **styles = e->styles[FALSE];
  gboolean missing = ind_item_get_missing (program);
  const char *nombre = missing ? _("(header lost from the report)") : ind_item_get_nombre (program);
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];

  set_row_lines (e, sheet, row,
                 MAX (wrapped_lines (nombre, RESUMEN_NAME_WIDTH),
                      wrapped_lines (ind_item_get_note (program), RESUMEN_NOTE_WIDTH)), NULL);
  put_string (e, sheet, row, RESUMEN_COL_PROGRAM, ind_item_get_path (program), styles[STYLE_TEXT]);
  put_string (e, sheet, row, RESUMEN_COL_NAME, nombre, styles[missing ? STYLE_LOST_NAME : STYLE_NAME]);
  fit_text (sheet, RESUMEN_COL_NAME, nombre, 0);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      known[m] = ind_item_get_money (program, m, &values[m]);
      put_money (e, sheet, row, RESUMEN_COL_MODIFICADO + m, known[m], values[m], styles[STYLE_MONEY]);
    }
  put_summary_row (e, sheet, row, values, known, FALSE);
  put_string (e, sheet, row, note_col, ind_item_get_note (program), e->wrapped);
}

/* Where the table of "Resumen" lies once filled. */
typedef struct
{
  lxw_col_t note_col;   /* the comments' column */
  lxw_row_t last;       /* the last program's row */
  lxw_row_t end;        /* the row after the table */
} ResumenTable;

/* Under the programs from @first to @last: their total, as sums of the
 * columns. */
static void
put_total_row (Export    *e,
               Sheet     *sheet,
               lxw_row_t  first,
               lxw_row_t  last)
{
  lxw_format **styles = e->styles[TRUE];
  lxw_row_t row = last + 1;
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];

  put_string (e, sheet, row, RESUMEN_COL_PROGRAM, _("Total"), styles[STYLE_TEXT]);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      lxw_col_t col = RESUMEN_COL_MODIFICADO + m;
      char range[LXW_MAX_CELL_RANGE_LENGTH];
      g_autofree char *formula = NULL;

      lxw_rowcol_to_range (range, first, col, last, col);
      formula = g_strdup_printf ("=SUM(%s)", range);
      values[m] = ind_report_sum_programs (e->report, m);
      known[m] = TRUE;
      put_formula (e, sheet, row, col, formula, styles[STYLE_MONEY], TRUE, values[m] / 100.0);
      fit (sheet, col, money_chars (values[m]));
    }
  put_summary_row (e, sheet, row, values, known, TRUE);
}

/* The report's own SUMAS line in @row, if it has one, so the council sees
 * they agree. Returns whether it did. */
static gboolean
put_sumas_row (Export    *e,
               Sheet     *sheet,
               lxw_row_t  row)
{
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];
  gboolean any_total = FALSE;

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      known[m] = ind_report_get_total (e->report, m, &values[m]);
      any_total |= known[m];
    }
  if (!any_total)
    return FALSE;
  /* runs over the empty name: it does not widen the column */
  put_text (e, sheet, row, RESUMEN_COL_PROGRAM, _("SUMAS in the report"), e->styles[FALSE][STYLE_TEXT]);
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    put_money (e, sheet, row, RESUMEN_COL_MODIFICADO + m, known[m], values[m],
               e->styles[FALSE][STYLE_MONEY]);
  return TRUE;
}

static gboolean
fill_resumen (Export    *e,
              Sheet     *sheet,
              gpointer   data,
              GError   **error)
{
  const char *labels[RESUMEN_N_COLUMNS] = {
    _("Program"), _("Name"),
    ind_money_label (IND_MONEY_MODIFICADO),
    ind_money_label (IND_MONEY_DEVENGADO),
    ind_money_label (IND_MONEY_PAGADO),
    "% ejercido", "% pagado",
    _("Expected pace"),
    C_("workbook", "Comment for the council"),
  };
  ResumenTable *table = data;
  guint n = ind_report_get_n_programs (e->report);
  lxw_row_t row = RESUMEN_ROW_FIRST_PROGRAM;

  labels[table->note_col] = labels[RESUMEN_COL_NOTE];
  put_resumen_heading (e, sheet);
  put_header (e, sheet, RESUMEN_ROW_HEADER, labels);
  for (guint i = 0; i < n; i++, row++)
    {
      if (!keep_going (e, error))
        return FALSE;
      put_program_row (e, sheet, row, ind_report_get_program (e->report, i), table->note_col);
    }
  table->last = row - 1;
  if (n > 0)
    {
      put_total_row (e, sheet, RESUMEN_ROW_FIRST_PROGRAM, table->last);
      row++;
      if (put_sumas_row (e, sheet, row))
        row++;
    }
  table->end = row;
  return keep_going (e, error);
}

static gboolean
write_resumen (Export  *e,
               GError **error)
{
  g_auto(Sheet) sheet = { .ws = add_sheet (e, SHEET_RESUMEN, TRUE) };
  ResumenTable table = { 0 };

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  /* Without a pace, the comments take its column. */
  sheet.n_columns = e->has_pace ? RESUMEN_N_COLUMNS : RESUMEN_N_COLUMNS - 1;
  table.note_col = sheet.n_columns - 1;
  wrap_column (&sheet, RESUMEN_COL_NAME, RESUMEN_NAME_WIDTH);
  wrap_column (&sheet, table.note_col, RESUMEN_NOTE_WIDTH);
  if (!fill_sheet (e, &sheet, fill_resumen, &table, error))
    return FALSE;

  worksheet_freeze_panes (sheet.ws, RESUMEN_ROW_HEADER + 1, 0);
  set_print_layout (e, &sheet, RESUMEN_ROW_HEADER);
  if (ind_report_get_n_programs (e->report) > 0)
    {
      /* the rule covers the total too */
      add_semaforo (e, &sheet, RESUMEN_ROW_FIRST_PROGRAM, table.last + 1, RESUMEN_COL_EJERCIDO);
      add_charts (e, &sheet, RESUMEN_ROW_FIRST_PROGRAM, table.last, table.end + 1);
    }
  set_widths (e, &sheet);
  worksheet_activate (sheet.ws);
  return keep_going (e, error);
}

/* ---- Detalle ---------------------------------------------------------- */

static gboolean
write_item (Export     *e,
            Sheet      *sheet,
            IndItem    *item,
            guint       depth,
            lxw_row_t  *row,
            GError    **error)
{
  gboolean parent = ind_item_get_kind (item) != IND_KIND_ACTIVIDAD;
  lxw_format **styles = e->styles[parent];
  lxw_row_col_options outline = { .level = depth + 1 };
  lxw_row_t r = *row;
  gboolean missing = ind_item_get_missing (item);
  const char *nombre = missing ? _("(header lost from the report)") : ind_item_get_nombre (item);
  gint64 integer;
  double percent;
  gboolean known;
  guint lines;

  if (!keep_going (e, error))
    return FALSE;

  depth = MIN (depth, 2);
  lines = name_lines (nombre, DETALLE_NAME_WIDTH, depth, parent);
  lines = MAX (lines, wrapped_lines (ind_item_get_unidad (item), DETALLE_UNIDAD_WIDTH));
  lines = MAX (lines, wrapped_lines (ind_item_get_note (item), DETALLE_NOTE_WIDTH));
  set_row_lines (e, sheet, r, lines, &outline);

  put_string (e, sheet, r, DETALLE_COL_PATH, ind_item_get_path (item), styles[STYLE_TEXT]);
  put_string (e, sheet, r, DETALLE_COL_CLAVE, ind_item_get_clave (item), styles[STYLE_TEXT]);
  put_string (e, sheet, r, DETALLE_COL_NOMBRE, nombre,
              styles[(missing ? STYLE_LOST_NAME : STYLE_NAME) + depth]);
  fit_text (sheet, DETALLE_COL_NOMBRE, nombre, depth);

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      known = ind_item_get_money (item, m, &integer);
      put_money (e, sheet, r, DETALLE_COL_MODIFICADO + m, known, integer, styles[STYLE_MONEY]);
    }

  known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FINANCIERO, &percent);
  put_percent (e, sheet, r, DETALLE_COL_AV_FIN, known, percent, styles[STYLE_PERCENT]);
  known = ind_item_get_ejercido (item, &percent);
  put_percent (e, sheet, r, DETALLE_COL_EJERCIDO, known, percent, styles[STYLE_PERCENT]);
  known = ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &percent);
  put_percent (e, sheet, r, DETALLE_COL_AV_FIS, known, percent, styles[STYLE_PERCENT]);
  known = ind_item_get_percent (item, IND_PERCENT_PONDERADO, &percent);
  put_percent (e, sheet, r, DETALLE_COL_PONDERADO, known, percent, styles[STYLE_PERCENT]);
  known = ind_item_get_computed_ponderado (item, &percent);
  put_percent (e, sheet, r, DETALLE_COL_PONDERADO_COMPUTED, known, percent, styles[STYLE_PERCENT]);

  known = ind_item_get_meta (item, &integer);
  put_integer (e, sheet, r, DETALLE_COL_META, known, integer, styles[STYLE_INTEGER]);
  known = ind_item_get_alcanzado (item, &integer);
  put_integer (e, sheet, r, DETALLE_COL_ALCANZADO, known, integer, styles[STYLE_INTEGER]);
  put_string (e, sheet, r, DETALLE_COL_UNIDAD, ind_item_get_unidad (item), e->wrapped);
  fit_text (sheet, DETALLE_COL_UNIDAD, ind_item_get_unidad (item), 0);
  put_string (e, sheet, r, DETALLE_COL_NOTE, ind_item_get_note (item), e->wrapped);

  (*row)++;
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    if (!write_item (e, sheet, ind_item_get_child (item, i), depth + 1, row, error))
      return FALSE;
  return TRUE;
}

static gboolean
fill_detalle (Export    *e,
              Sheet     *sheet,
              gpointer   data,
              GError   **error)
{
  const char *labels[DETALLE_N_COLUMNS] = {
    _("Path"), _("Key"), _("Name"),
    ind_money_label (IND_MONEY_MODIFICADO),
    ind_money_label (IND_MONEY_DEVENGADO),
    ind_money_label (IND_MONEY_PAGADO),
    /* xgettext:no-c-format */
    _("%AV.FIN (reported)"),
    /* xgettext:no-c-format */
    _("% ejercido (computed)"),
    /* xgettext:no-c-format */
    _("%AV.FIS (reported)"),
    _("Ponderado (reported)"),
    _("Ponderado (computed)"),
    "Meta", "Alcanzado", "Unidad",
    C_("workbook", "Comment for the council"),
  };
  guint n = ind_report_get_n_programs (e->report);
  lxw_row_t *row = data;

  put_header (e, sheet, 0, labels);
  *row = 1;
  for (guint i = 0; i < n; i++)
    if (!write_item (e, sheet, ind_report_get_program (e->report, i), 0, row, error))
      return FALSE;
  put_autofilter (e, sheet, *row - 1);
  return TRUE;
}

static gboolean
write_detalle (Export  *e,
               GError **error)
{
  g_auto(Sheet) sheet = { .ws = add_sheet (e, SHEET_DETALLE, FALSE) };
  lxw_row_t row = 1;

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  sheet.n_columns = DETALLE_N_COLUMNS;
  wrap_column (&sheet, DETALLE_COL_NOMBRE, DETALLE_NAME_WIDTH);
  wrap_column (&sheet, DETALLE_COL_UNIDAD, DETALLE_UNIDAD_WIDTH);
  wrap_column (&sheet, DETALLE_COL_NOTE, DETALLE_NOTE_WIDTH);
  if (!fill_sheet (e, &sheet, fill_detalle, &row, error))
    return FALSE;

  set_table_layout (e, &sheet);
  /* Parents sit above their children, so the +/− buttons go on top. */
  worksheet_outline_settings (sheet.ws, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);
  add_semaforo (e, &sheet, 1, row - 1, DETALLE_COL_EJERCIDO);
  set_widths (e, &sheet);
  return keep_going (e, error);
}

/* ---- Revisión del informe ------------------------------------------- */

/* Below the problems, from @row on: the comments whose item is gone
 * from this report, each with the name the item had when it was written.
 * The name takes the three narrow columns merged, the comment the wide
 * one; both wrap. */
static void
write_orphans (Export    *e,
               Sheet     *sheet,
               lxw_row_t  row)
{
  GListModel *orphans = ind_project_get_orphans (e->project);
  guint n = g_list_model_get_n_items (orphans);
  g_autofree char *title = NULL;
  double name_width, remark_width;

  if (n == 0)
    return;

  title = g_strdup_printf (ngettext ("Comment without an item (%u)",
                                     "Comments without an item (%u)", n), n);
  put_text (e, sheet, row++, 0, title, e->styles[TRUE][STYLE_TEXT]);
  put_text (e, sheet, row++, 0, _("They were written for items that this report does not have."), NULL);
  put_header_cell (e, sheet, row, REVISION_COL_SEVERITY, _("Item"));
  put_merged (e, sheet, row, REVISION_COL_PATH, REVISION_COL_PAGE, _("Name when written"), e->header);
  put_header_cell (e, sheet, row++, REVISION_COL_MESSAGE, C_("workbook", "Comment"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (orphans, i);

      fit (sheet, REVISION_COL_SEVERITY, g_utf8_strlen (ind_remark_get_path (remark), -1));
      fit (sheet, REVISION_COL_MESSAGE, g_utf8_strlen (ind_remark_get_text (remark), -1));
    }
  name_width = final_width (sheet, REVISION_COL_PATH) + final_width (sheet, REVISION_COL_LINE) +
               final_width (sheet, REVISION_COL_PAGE);
  remark_width = final_width (sheet, REVISION_COL_MESSAGE);

  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (orphans, i);
      const char *nombre = ind_remark_get_nombre (remark);
      const char *text = ind_remark_get_text (remark);
      guint lines = MAX (wrapped_lines (nombre, name_width), wrapped_lines (text, remark_width));

      set_row_lines (e, sheet, row, lines, NULL);
      put_text (e, sheet, row, REVISION_COL_SEVERITY, ind_remark_get_path (remark), e->styles[FALSE][STYLE_TEXT]);
      put_merged (e, sheet, row, REVISION_COL_PATH, REVISION_COL_PAGE, nombre != NULL ? nombre : "", e->wrapped);
      put_text (e, sheet, row, REVISION_COL_MESSAGE, text, e->wrapped);
    }
}

/* The problems, from row 1 on, and below them the comments without an
 * item. */
static gboolean
fill_revision (Export    *e,
               Sheet     *sheet,
               gpointer   data,
               GError   **error)
{
  const char *labels[REVISION_N_COLUMNS] = {
    _("Severity"), _("Item"), _("Line"), _("Page"), _("Message"),
  };
  GListModel *diagnostics = ind_report_get_diagnostics (e->report);
  guint n = g_list_model_get_n_items (diagnostics);
  lxw_format **styles = e->styles[FALSE];
  lxw_row_t row = 1;

  put_header (e, sheet, 0, labels);
  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);
      guint line = ind_diagnostic_get_line (d);
      guint page = ind_diagnostic_get_page (d);

      if (!keep_going (e, error))
        return FALSE;

      set_row_lines (e, sheet, row, wrapped_lines (ind_diagnostic_get_message (d), MESSAGE_WIDTH), NULL);
      put_string (e, sheet, row, REVISION_COL_SEVERITY,
                  ind_severity_label (ind_diagnostic_get_severity (d)), styles[STYLE_TEXT]);
      put_string (e, sheet, row, REVISION_COL_PATH, ind_diagnostic_get_path (d),
                  styles[STYLE_TEXT]);
      put_integer (e, sheet, row, REVISION_COL_LINE, line > 0, line, styles[STYLE_TEXT]);
      put_integer (e, sheet, row, REVISION_COL_PAGE, page > 0, page, styles[STYLE_TEXT]);
      put_string (e, sheet, row, REVISION_COL_MESSAGE, ind_diagnostic_get_message (d), e->wrapped);
    }
  if (n == 0)
    put_string (e, sheet, row++, REVISION_COL_SEVERITY,
                C_("workbook", "The review found no problem in the report."), styles[STYLE_TEXT]);
  put_autofilter (e, sheet, row - 1);
  if (e->project != NULL)
    write_orphans (e, sheet, row + 1);
  return keep_going (e, error);
}

static gboolean
write_revision (Export  *e,
                GError **error)
{
  g_auto(Sheet) sheet = { .ws = add_sheet (e, SHEET_REVISION, FALSE) };

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  sheet.n_columns = REVISION_N_COLUMNS;
  wrap_column (&sheet, REVISION_COL_MESSAGE, MESSAGE_WIDTH);
  if (!fill_sheet (e, &sheet, fill_revision, NULL, error))
    return FALSE;
  set_table_layout (e, &sheet);
  set_widths (e, &sheet);
  return keep_going (e, error);
}

/* ---- Comparación ------------------------------------------------------ */

/* Its tables share their columns: path, name, then for each period
 * Modificado, Devengado and % ejercido, then the change in % ejercido
 * from the first period to the last (in points) and what changed. */
enum
{
  COMPARACION_COL_PATH,
  COMPARACION_COL_NAME,
  COMPARACION_COL_FIRST_PERIOD,
};

enum
{
  PERIOD_MODIFICADO,
  PERIOD_DEVENGADO,
  PERIOD_EJERCIDO,
  PERIOD_N_COLUMNS
};

typedef struct
{
  Sheet      sheet;
  guint      n_periods;
  lxw_col_t  change_col;
  lxw_col_t  changes_col;
  lxw_row_t  programs_header;  /* the table of programs, and its chart */
  lxw_row_t  chart_row;
} Comparacion;

static void
comparacion_clear (Comparacion *c)
{
  sheet_clear (&c->sheet);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Comparacion, comparacion_clear)

static lxw_col_t
period_col (guint period,
            guint column)
{
  return COMPARACION_COL_FIRST_PERIOD + period * PERIOD_N_COLUMNS + column;
}

static char *
period_name (Export *e,
             guint   period)
{
  return ind_format_period_short (ind_report_get_period_end (ind_comparison_get_report (e->comparison, period)));
}

static void
put_comparison_header (Export      *e,
                       Comparacion *c,
                       lxw_row_t    row,
                       const char  *first)
{
  put_header_cell (e, &c->sheet, row, COMPARACION_COL_PATH, first);
  put_header_cell (e, &c->sheet, row, COMPARACION_COL_NAME, _("Name"));
  for (guint p = 0; p < c->n_periods; p++)
    {
      g_autofree char *name = period_name (e, p);
      g_autofree char *modificado = g_strdup_printf ("%s %s", ind_money_label (IND_MONEY_MODIFICADO), name);
      g_autofree char *devengado = g_strdup_printf ("%s %s", ind_money_label (IND_MONEY_DEVENGADO), name);
      g_autofree char *ejercido = g_strdup_printf ("%% ejercido %s", name);

      put_header_cell (e, &c->sheet, row, period_col (p, PERIOD_MODIFICADO), modificado);
      put_header_cell (e, &c->sheet, row, period_col (p, PERIOD_DEVENGADO), devengado);
      put_header_cell (e, &c->sheet, row, period_col (p, PERIOD_EJERCIDO), ejercido);
    }
  /* xgettext:no-c-format */
  put_header_cell (e, &c->sheet, row, c->change_col, _("Change in % ejercido (points)"));
  put_header_cell (e, &c->sheet, row, c->changes_col, _("Changes"));
}

/* The change in % ejercido from the first period to the last, in
 * points, where both are known. */
static void
put_change_formula (Export      *e,
                    Comparacion *c,
                    lxw_row_t    row,
                    gboolean     known,
                    double       points)
{
  char first[LXW_MAX_CELL_NAME_LENGTH];
  char last[LXW_MAX_CELL_NAME_LENGTH];
  g_autofree char *formula = NULL;

  lxw_rowcol_to_cell (first, row, period_col (0, PERIOD_EJERCIDO));
  lxw_rowcol_to_cell (last, row, period_col (c->n_periods - 1, PERIOD_EJERCIDO));
  formula = g_strdup_printf ("=IF(AND(ISNUMBER(%s),ISNUMBER(%s)),(%s-%s)*100,\"\")",
                             first, last, last, first);
  put_formula (e, &c->sheet, row, c->change_col, formula, e->points, known, points);
  fit (&c->sheet, c->change_col, 6);
}

/* One period's Modificado and Devengado, in centavos. */
typedef struct
{
  gint64   money[2];
  gboolean known[2];
} PeriodFigures;

static const IndMoney period_money[2] = { IND_MONEY_MODIFICADO, IND_MONEY_DEVENGADO };

/* The figures of each period, their ratios and the change, in @row. */
static void
put_comparison_figures (Export              *e,
                        Comparacion         *c,
                        lxw_row_t            row,
                        const PeriodFigures *figures,
                        gboolean             bold)
{
  lxw_format **styles = e->styles[bold];
  double ratio[2] = { 0, 0 };
  gboolean ratio_known[2] = { FALSE, FALSE };

  for (guint p = 0; p < c->n_periods; p++)
    {
      const PeriodFigures *f = &figures[p];
      gboolean both = f->known[0] && f->known[1] && f->money[0] != 0;

      for (guint m = 0; m < 2; m++)
        put_money (e, &c->sheet, row, period_col (p, PERIOD_MODIFICADO + m), f->known[m], f->money[m],
                   styles[STYLE_MONEY]);
      put_ratio_formula (e, &c->sheet, row, period_col (p, PERIOD_EJERCIDO),
                         period_col (p, PERIOD_DEVENGADO), period_col (p, PERIOD_MODIFICADO),
                         f->known[0] && f->known[1], f->money[1], f->money[0], styles[STYLE_PERCENT]);
      /* the first and the last, for the change */
      if (p == 0 || p == c->n_periods - 1)
        {
          guint end = p == 0 ? 0 : 1;

          ratio_known[end] = both;
          ratio[end] = both ? (double)f->money[1] / (double)f->money[0] : 0;
        }
    }
  put_change_formula (e, c, row, ratio_known[0] && ratio_known[1], (ratio[1] - ratio[0]) * 100);
}

static char *
changes_text (IndComparisonRow *r)
{
  IndChange changes = ind_comparison_row_get_changes (r);
  GString *text = g_string_new (NULL);

  if (changes & IND_CHANGE_ADDED)
    g_string_append (text, _("new"));
  if (changes & IND_CHANGE_VANISHED)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", _("vanished"));
  if (changes & IND_CHANGE_RENAMED)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", _("renamed"));
  return g_string_free (text, text->len == 0);
}

static void
put_comparison_row (Export           *e,
                    Comparacion      *c,
                    lxw_row_t         row,
                    IndComparisonRow *r)
{
  gboolean parent = ind_comparison_row_get_kind (r) != IND_KIND_ACTIVIDAD;
  guint depth = MIN (ind_comparison_row_get_kind (r) - IND_KIND_PROGRAMA, 2);
  lxw_format **styles = e->styles[parent];
  g_autofree PeriodFigures *figures = g_new0 (PeriodFigures, c->n_periods);
  g_autofree char *changes = changes_text (r);
  const char *nombre = ind_comparison_row_get_nombre (r);

  set_row_lines (e, &c->sheet, row, name_lines (nombre, COMPARACION_NAME_WIDTH, depth, parent), NULL);
  put_string (e, &c->sheet, row, COMPARACION_COL_PATH, ind_comparison_row_get_path (r), styles[STYLE_TEXT]);
  if (nombre == NULL)
    put_string (e, &c->sheet, row, COMPARACION_COL_NAME, _("(header lost from the report)"),
                styles[STYLE_LOST_NAME + depth]);
  else
    {
      put_string (e, &c->sheet, row, COMPARACION_COL_NAME, nombre, styles[STYLE_NAME + depth]);
      fit_text (&c->sheet, COMPARACION_COL_NAME, nombre, depth);
    }
  for (guint p = 0; p < c->n_periods; p++)
    for (guint m = 0; m < 2; m++)
      figures[p].known[m] = ind_comparison_row_get_money (r, p, period_money[m], &figures[p].money[m]);
  put_comparison_figures (e, c, row, figures, parent);
  put_string (e, &c->sheet, row, c->changes_col, changes, styles[STYLE_TEXT]);
}

/* The programs, and their total as formulas. Returns the row after. */
static lxw_row_t
write_comparison_programs (Export      *e,
                           Comparacion *c,
                           lxw_row_t    header)
{
  GListModel *programs = ind_comparison_get_programs (e->comparison);
  guint n = g_list_model_get_n_items (programs);
  lxw_row_t first = header + 1, row = first;
  g_autofree PeriodFigures *totals = g_new0 (PeriodFigures, c->n_periods);
  lxw_format **bold = e->styles[TRUE];

  put_comparison_header (e, c, header, _("Program"));
  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (programs, i);

      put_comparison_row (e, c, row, r);
      /* What =SUM() makes of them: an empty cell adds nothing. */
      for (guint p = 0; p < c->n_periods; p++)
        for (guint m = 0; m < 2; m++)
          {
            gint64 centavos;

            if (ind_comparison_row_get_money (r, p, period_money[m], &centavos))
              totals[p].money[m] += centavos;
            totals[p].known[m] = TRUE;
          }
    }
  if (n == 0)
    return row;

  put_string (e, &c->sheet, row, COMPARACION_COL_PATH, _("Total"), bold[STYLE_TEXT]);
  put_comparison_figures (e, c, row, totals, TRUE);
  /* The money as sums of the columns, in place of the figures just
   * written. */
  for (guint p = 0; p < c->n_periods; p++)
    for (guint m = 0; m < 2; m++)
      {
        lxw_col_t col = period_col (p, PERIOD_MODIFICADO + m);
        char range[LXW_MAX_CELL_RANGE_LENGTH];
        g_autofree char *formula = NULL;

        lxw_rowcol_to_range (range, first, col, row - 1, col);
        formula = g_strdup_printf ("=SUM(%s)", range);
        put_formula (e, &c->sheet, row, col, formula, bold[STYLE_MONEY], TRUE, totals[p].money[m] / 100.0);
      }
  return row + 1;
}

/* Rows left free under the programs for their chart, which is 1.5 ×
 * 288 pixels tall, and 20 pixels a row. */
#define COMPARISON_CHART_ROWS 24

/* The native chart at @at: % ejercido of each program, one series per
 * period. Below the table rather than beside it, so that a printed page
 * is as wide as the table. */
static void
add_comparison_chart (Export      *e,
                      Comparacion *c,
                      lxw_row_t    header,
                      lxw_row_t    first,
                      lxw_row_t    last,
                      lxw_row_t    at)
{
  lxw_chart *chart = workbook_add_chart (e->workbook, LXW_CHART_BAR);
  lxw_chart_options placement = { .x_scale = 1.5, .y_scale = 1.5 };

  for (guint p = 0; p < c->n_periods; p++)
    {
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
      lxw_col_t col = period_col (p, PERIOD_EJERCIDO);

      chart_series_set_categories (series, SHEET_COMPARACION, first, COMPARACION_COL_PATH,
                                   last, COMPARACION_COL_PATH);
      chart_series_set_values (series, SHEET_COMPARACION, first, col, last, col);
      chart_series_set_name_range (series, SHEET_COMPARACION, header, col);
      /* the app's colours for as many periods as its chart draws */
      if (c->n_periods <= IND_CHART_MAX_BARS)
        set_series_color (series, _ind_chart_period_style (p, c->n_periods));
    }
  /* xgettext:no-c-format */
  chart_title_set_name (chart, _("% ejercido by period, by program"));
  chart_axis_set_num_format (chart->x_axis, "0%");
  chart_axis_set_reverse (chart->y_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  check (e, worksheet_insert_chart_opt (c->sheet.ws, at, COMPARACION_COL_PATH, chart, &placement));
}

/* A name in a list of changes, in a row as tall as it takes. */
static void
put_list_name (Export      *e,
               Comparacion *c,
               lxw_row_t    row,
               const char  *nombre)
{
  set_row_lines (e, &c->sheet, row, wrapped_lines (nombre, COMPARACION_NAME_WIDTH), NULL);
  put_string (e, &c->sheet, row, COMPARACION_COL_NAME, nombre, e->styles[FALSE][STYLE_NAME]);
  fit_text (&c->sheet, COMPARACION_COL_NAME, nombre, 0);
}

/* A heading with the count, and the rows of @rows with the period in
 * which each appeared (@change added), was last seen (vanished), or
 * took each of its names (renamed). */
static lxw_row_t
write_change_list (Export      *e,
                   Comparacion *c,
                   lxw_row_t    row,
                   GListModel  *rows,
                   const char  *heading,
                   const char  *period_label,
                   IndChange    change)
{
  guint n = g_list_model_get_n_items (rows);
  g_autofree char *title = g_strdup_printf ("%s (%u)", heading, n);
  lxw_format **styles = e->styles[FALSE];

  if (n == 0)
    return row;
  put_text (e, &c->sheet, row++, 0, title, e->styles[TRUE][STYLE_TEXT]);
  put_header_cell (e, &c->sheet, row, COMPARACION_COL_PATH, _("Path"));
  put_header_cell (e, &c->sheet, row, COMPARACION_COL_NAME, _("Name"));
  put_header_cell (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, period_label);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (rows, i);
      const char *before = NULL;
      guint period;

      put_string (e, &c->sheet, row, COMPARACION_COL_PATH, ind_comparison_row_get_path (r), styles[STYLE_TEXT]);
      if (change != IND_CHANGE_RENAMED)
        {
          g_autofree char *name = NULL;

          if (!ind_comparison_row_find_change (r, change, &period))
            continue;
          name = period_name (e, period);
          put_list_name (e, c, row, ind_comparison_row_get_nombre (r));
          put_string (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, name, styles[STYLE_TEXT]);
          continue;
        }
      for (guint p = 0; p < c->n_periods; p++)
        {
          IndItem *item = ind_comparison_row_get_item (r, p);
          const char *nombre = item != NULL ? ind_item_get_nombre (item) : NULL;
          g_autofree char *name = NULL;

          if (nombre == NULL || g_strcmp0 (before, nombre) == 0)
            continue;
          name = period_name (e, p);
          before = nombre;
          put_list_name (e, c, row, nombre);
          put_string (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, name, styles[STYLE_TEXT]);
        }
    }
  return row + 1;
}

/* The title, then which report is each period, and its pace. Returns
 * the row after. */
static lxw_row_t
put_comparison_periods (Export      *e,
                        Comparacion *c)
{
  lxw_row_t row = 0;

  put_text (e, &c->sheet, row++, 0, _("Comparison of periods"), e->title);
  if (ind_report_get_entity (e->report) != NULL)
    put_text (e, &c->sheet, row, 0, ind_report_get_entity (e->report), NULL);
  row += 2;

  put_header_cell (e, &c->sheet, row, COMPARACION_COL_PATH, _("Period"));
  put_header_cell (e, &c->sheet, row, COMPARACION_COL_NAME, _("Report"));
  put_header_cell (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, _("Expected pace"));
  for (guint p = 0; p < c->n_periods; p++, row++)
    {
      IndReport *report = ind_comparison_get_report (e->comparison, p);
      g_autofree char *name = period_name (e, p);
      g_autofree char *period = ind_format_period (ind_report_get_period_end (report));
      g_autofree char *source = g_strdup_printf ("%s · %s", period, ind_report_get_source_name (report));
      double pace = 0;
      gboolean has_pace = ind_report_get_expected_pace (report, &pace);

      set_row_lines (e, &c->sheet, row, wrapped_lines (source, COMPARACION_NAME_WIDTH), NULL);
      put_string (e, &c->sheet, row, COMPARACION_COL_PATH, name, e->styles[TRUE][STYLE_TEXT]);
      put_string (e, &c->sheet, row, COMPARACION_COL_NAME, source, e->wrapped);
      put_percent (e, &c->sheet, row, COMPARACION_COL_FIRST_PERIOD, has_pace, pace,
                   e->styles[FALSE][STYLE_PERCENT]);
    }
  return row + 1;
}

static gboolean
fill_comparacion (Export    *e,
                  Sheet     *sheet,
                  gpointer   data,
                  GError   **error)
{
  Comparacion *c = data;
  GListModel *rows = ind_comparison_get_rows (e->comparison);
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_programs = g_list_model_get_n_items (ind_comparison_get_programs (e->comparison));
  lxw_row_t row;

  c->programs_header = put_comparison_periods (e, c);
  row = write_comparison_programs (e, c, c->programs_header);
  c->chart_row = row + 1;
  if (n_programs > 0)
    row += COMPARISON_CHART_ROWS;
  if (!keep_going (e, error))
    return FALSE;

  row++;
  put_text (e, sheet, row++, 0, _("Every item"), e->styles[TRUE][STYLE_TEXT]);
  put_comparison_header (e, c, row++, _("Path"));
  for (guint i = 0; i < n_rows; i++, row++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (rows, i);

      if (!keep_going (e, error))
        return FALSE;
      put_comparison_row (e, c, row, r);
    }
  row++;

  row = write_change_list (e, c, row, ind_comparison_get_added (e->comparison), _("New items"),
                           _("First period"), IND_CHANGE_ADDED);
  row = write_change_list (e, c, row, ind_comparison_get_vanished (e->comparison), _("Vanished items"),
                           _("Last period"), IND_CHANGE_VANISHED);
  write_change_list (e, c, row, ind_comparison_get_renamed (e->comparison), _("Renamed items"),
                     _("Period"), IND_CHANGE_RENAMED);
  return keep_going (e, error);
}

static gboolean
write_comparacion (Export  *e,
                   GError **error)
{
  g_auto(Comparacion) c = { .sheet.ws = add_sheet (e, SHEET_COMPARACION, TRUE) };
  guint n_programs = g_list_model_get_n_items (ind_comparison_get_programs (e->comparison));

  if (c.sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }
  c.n_periods = ind_comparison_get_n_periods (e->comparison);
  c.change_col = period_col (c.n_periods, 0);
  c.changes_col = c.change_col + 1;
  c.sheet.n_columns = c.changes_col + 1;
  g_assert (c.sheet.n_columns <= MAX_COLUMNS);  /* checked by ind_export_xlsx() */
  wrap_column (&c.sheet, COMPARACION_COL_NAME, COMPARACION_NAME_WIDTH);
  if (!fill_sheet (e, &c.sheet, fill_comparacion, &c, error))
    return FALSE;

  set_page (e, c.sheet.ws);
  if (n_programs > 0)
    add_comparison_chart (e, &c, c.programs_header, c.programs_header + 1,
                          c.programs_header + n_programs, c.chart_row);
  set_widths (e, &c.sheet);
  return keep_going (e, error);
}

/* ---- The workbook ----------------------------------------------------- */

/* @text as a header or footer shows it: "&" starts a code there. */
static void
append_footer_text (GString    *footer,
                    const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '&')
        g_string_append_c (footer, '&');
      g_string_append_c (footer, *p);
    }
}

/* Whose report, which period, and the sheet and page: what a council
 * member needs on a loose printed page. */
static char *
make_footer (Export *e)
{
  g_autofree char *period = ind_format_period (ind_report_get_period_end (e->report));
  const char *entity = ind_report_get_entity (e->report);
  g_autoptr(GString) footer = g_string_new ("&L&9");

  /* a long entity name would pass Excel's limit: the period alone */
  if (entity != NULL && strlen (entity) + strlen (period) + 64 < MAX_FOOTER)
    {
      append_footer_text (footer, entity);
      g_string_append (footer, " · ");
    }
  append_footer_text (footer, period);
  /* TRANSLATORS: the printed page's footer, as a spreadsheet writes it:
   * &A is the sheet's name, &P the page and &N the number of pages */
  g_string_append_printf (footer, "&R&9%s", _("&A · page &P of &N"));
  return g_string_free (g_steal_pointer (&footer), FALSE);
}

static void
set_properties (Export *e)
{
  g_autofree char *period = ind_format_period (ind_report_get_period_end (e->report));
  g_autofree char *comments = NULL;
  const char *source = ind_report_get_source_name (e->report);
  lxw_doc_properties properties = {
    .title = (char *)(ind_report_get_title (e->report) ? ind_report_get_title (e->report)
                                                       : "Indicadores de Resultados"),
    .subject = period,
    .company = (char *)ind_report_get_entity (e->report),
    .created = e->generated != NULL ? (time_t)g_date_time_to_unix (e->generated) : time (NULL),
  };

  if (source != NULL)
    properties.comments = comments = g_strdup_printf (_("Exported by Indicadores from %s"), source);
  check (e, workbook_set_properties (e->workbook, &properties));
}

static gboolean
write_workbook (Export      *e,
                const char  *path,
                GError     **error)
{
  g_autoptr(IndAtomicFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  /* Rows written go to temporary files in $TMPDIR (see add_sheet()).
   * Not beside the target: libxlsxwriter leaves them open when it fails
   * in workbook_close(), which would keep a USB stick busy. */
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = (char *)g_get_tmp_dir () };
  gboolean ok;

  file = ind_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  e->workbook = workbook_new_opt (ind_atomic_file_get_temp_path (file), &options);
  if (e->workbook == NULL)
    {
      ind_atomic_file_set_error (file, error, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }

  add_formats (e);
  set_properties (e);
  e->footer = make_footer (e);
  ok = write_resumen (e, &local_error) &&
       write_detalle (e, &local_error) &&
       write_revision (e, &local_error) &&
       (e->comparison == NULL || write_comparacion (e, &local_error));

  if (!ok)
    {
      /* Nothing reaches the disk but the temporary, which goes with
       * @file. */
      close_sheet_files (e);
      lxw_workbook_free (e->workbook);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        ind_atomic_file_set_error (file, error, lxw_strerror (e->status));
      return FALSE;
    }

  e->status = workbook_close (e->workbook);
  if (e->status != LXW_NO_ERROR)
    {
      ind_atomic_file_set_error (file, error, lxw_strerror (e->status));
      return FALSE;
    }
  /* workbook_close() writes the whole zip and cannot be stopped: a cancel
   * that came meanwhile still leaves the previous file as it was. */
  if (g_cancellable_set_error_if_cancelled (e->cancellable, error))
    return FALSE;
  return ind_atomic_file_commit (file, error);
}

/**
 * ind_export_xlsx:
 * @report: the report, not modified while the export runs
 * @path: the workbook to write; an existing file is replaced only once
 *   the new one is complete
 * @options: (nullable): semáforo bands, the remarks' project, the
 *   comparison, the date; %NULL for the defaults
 * @cancellable: (nullable): checked between rows
 *
 * Writes the sheets "Resumen", "Detalle" and "Revisión del informe", and
 * "Comparación" with @options->comparison. On any error or cancellation
 * the previous @path is untouched and no temporary file is left.
 *
 * Returns: %TRUE when @path holds the new workbook
 */
gboolean
ind_export_xlsx (IndReport               *report,
                 const char              *path,
                 const IndExportOptions  *options,
                 GCancellable            *cancellable,
                 GError                 **error)
{
  Export e = { .report = report, .cancellable = cancellable };
  IndExportOptions defaults;
  char pace[LXW_MAX_CELL_NAME_LENGTH];
  locale_t c_numeric, base, previous;
  gboolean ok;

  options = ind_export_prepare (report, path, options, &defaults, cancellable, error);
  if (options == NULL)
    return FALSE;
  e.bands = options->bands;
  e.project = options->project;
  e.comparison = options->comparison;
  e.generated = options->generated;
  if (e.comparison != NULL && ind_comparison_get_n_periods (e.comparison) > MAX_PERIODS)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
                   _("%s could not be written: a workbook compares %u periods at most."), name, MAX_PERIODS);
      return FALSE;
    }
  e.has_pace = ind_report_get_expected_pace (report, &e.pace);
  e.pace /= 100.0;
  lxw_rowcol_to_cell_abs (pace, RESUMEN_ROW_PACE, RESUMEN_COL_PACE_VALUE, TRUE, TRUE);
  g_snprintf (e.pace_cell, sizeof e.pace_cell, "%s!%s", SHEET_RESUMEN, pace);

  /* libxlsxwriter prints numbers with the thread's locale: a decimal
   * comma would break the file. Only LC_NUMERIC changes, so the headers
   * are still translated. */
  base = duplocale (uselocale ((locale_t)0));
  c_numeric = base != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t)0;
  if (c_numeric == (locale_t)0)
    {
      int saved_errno = errno;

      if (base != (locale_t)0)
        freelocale (base);
      ind_atomic_file_set_errno_error (error, path, saved_errno);
      return FALSE;
    }
  previous = uselocale (c_numeric);

  ok = write_workbook (&e, path, error);
  g_free (e.footer);

  uselocale (previous);
  freelocale (c_numeric);
  return ok;
}
