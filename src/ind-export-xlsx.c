/* ind-export-xlsx.c
 *
 * The workbook the staff finish their council material in. Its sheets'
 * names are fixed identifiers of that workbook (not translated):
 * "Resumen" (programs with totals and percentages as formulas, the staff's
 * remarks, and two native charts), "Detalle" (the whole hierarchy with an
 * outline Excel can fold, and the remarks), "Observaciones" (every
 * diagnostic, then the remarks whose item is gone) and, beside reports of
 * other periods, "Comparación".
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <time.h>
#include <xlsxwriter.h>

#include "ind-atomic-file.h"
#include "ind-error.h"
#include "ind-export-xlsx.h"
#include "ind-format.h"

#define SHEET_RESUMEN       "Resumen"
#define SHEET_DETALLE       "Detalle"
#define SHEET_OBSERVACIONES "Observaciones"
#define SHEET_COMPARACION   "Comparación"

#define MAX_COLUMNS      128
/* Comparación takes three columns per period and four others. */
#define MAX_PERIODS      ((MAX_COLUMNS - 4) / 3)
/* In characters: a long name is cut off on screen rather than pushing
 * every figure out of sight. */
#define MAX_COLUMN_WIDTH 70

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
  OBSERVACIONES_COL_SEVERITY,
  OBSERVACIONES_COL_PATH,
  OBSERVACIONES_COL_LINE,
  OBSERVACIONES_COL_PAGE,
  OBSERVACIONES_COL_MESSAGE,
  OBSERVACIONES_N_COLUMNS
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

typedef struct
{
  lxw_worksheet *ws;
  guint          n_columns;
  guint          widths[MAX_COLUMNS];  /* widest content, in characters */
} Sheet;

typedef struct
{
  IndReport      *report;
  IndProject     *project;
  IndComparison  *comparison;
  IndSemaforoBands bands;
  GCancellable   *cancellable;
  lxw_workbook   *workbook;
  lxw_error       status;     /* the first error libxlsxwriter reported */

  gboolean        has_pace;
  double          pace;       /* a fraction, as Excel holds percentages */

  lxw_format     *styles[2][N_STYLES];  /* [bold][style] */
  lxw_format     *header;
  lxw_format     *title;
  lxw_format     *top;                  /* a cell beside wrapped ones */
  lxw_format     *wrapped;              /* long text, wrapped at the top */
  lxw_format     *points;               /* a change in percentage points */
  lxw_format     *semaforo[3];          /* by IndSemaforo */
} Export;

void
ind_export_xlsx_options_init (IndExportXlsxOptions *options)
{
  g_return_if_fail (options != NULL);

  ind_semaforo_bands_init (&options->bands);
  options->project = NULL;
  options->comparison = NULL;
}

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

/* Characters of @units written with thousands separators. */
static guint
grouped_chars (guint64  units,
               gboolean negative)
{
  guint digits = 1;

  while (units >= 10)
    {
      units /= 10;
      digits++;
    }
  return digits + (digits - 1) / 3 + (negative ? 1 : 0);
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
  return grouped_chars (magnitude (centavos) / 100, centavos < 0) + 3;
}

/* Names and notes are always strings: worksheet_write_string() never
 * reads "=…" as a formula. */
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
  check (e, worksheet_write_string (sheet->ws, row, col, text, format));
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
  check (e, worksheet_write_number (sheet->ws, row, col, centavos / 100.0, format));
  fit (sheet, col, money_chars (centavos));
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
  check (e, worksheet_write_number (sheet->ws, row, col, percent / 100.0, format));
  fit (sheet, col, 7);
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
  check (e, worksheet_write_number (sheet->ws, row, col, (double)value, format));
  fit (sheet, col, grouped_chars (magnitude (value), value < 0));
}

static void
put_header (Export             *e,
            Sheet              *sheet,
            lxw_row_t           row,
            const char * const *labels)
{
  for (guint col = 0; col < sheet->n_columns; col++)
    {
      put_string (e, sheet, row, col, labels[col], e->header);
      /* room for the autofilter's button */
      fit (sheet, col, g_utf8_strlen (labels[col], -1) + 3);
    }
}

static void
set_widths (Export *e,
            Sheet  *sheet)
{
  for (guint col = 0; col < sheet->n_columns; col++)
    check (e, worksheet_set_column (sheet->ws, col, col,
                                    MIN (sheet->widths[col] + 2, MAX_COLUMN_WIDTH), NULL));
}

/* On paper, as on screen: landscape, as wide as the page, the header
 * on every page. */
static void
set_print_layout (Export    *e,
                  Sheet     *sheet,
                  lxw_row_t  header_row)
{
  worksheet_set_landscape (sheet->ws);
  worksheet_fit_to_pages (sheet->ws, 1, 0);
  check (e, worksheet_repeat_rows (sheet->ws, header_row, header_row));
}

static void
begin_table (Export             *e,
             Sheet              *sheet,
             const char * const *labels,
             guint               n_columns)
{
  g_assert (n_columns <= MAX_COLUMNS);

  sheet->n_columns = n_columns;
  put_header (e, sheet, 0, labels);
  worksheet_freeze_panes (sheet->ws, 1, 0);
  set_print_layout (e, sheet, 0);
}

static void
end_table (Export    *e,
           Sheet     *sheet,
           lxw_row_t  last_row)
{
  check (e, worksheet_autofilter (sheet->ws, 0, 0, MAX (last_row, 1), sheet->n_columns - 1));
  set_widths (e, sheet);
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
       * tenth of a large export. Plain text takes the default format. */
      styles[STYLE_TEXT] = bold ? add_format (e, bold, NULL) : NULL;
      styles[STYLE_MONEY] = add_format (e, bold, "#,##0.00");
      styles[STYLE_PERCENT] = add_format (e, bold, "0.0%");
      styles[STYLE_INTEGER] = add_format (e, bold, "#,##0");
      styles[STYLE_NAME] = styles[STYLE_TEXT];
      for (guint depth = 0; depth < 3; depth++)
        {
          if (depth > 0)
            {
              styles[STYLE_NAME + depth] = add_format (e, bold, NULL);
              format_set_indent (styles[STYLE_NAME + depth], depth);
            }
          styles[STYLE_LOST_NAME + depth] = add_format (e, bold, NULL);
          format_set_indent (styles[STYLE_LOST_NAME + depth], depth);
          format_set_italic (styles[STYLE_LOST_NAME + depth]);
          format_set_font_color (styles[STYLE_LOST_NAME + depth], 0x9C0006);
        }
    }

  e->header = add_format (e, TRUE, NULL);
  format_set_bottom (e->header, LXW_BORDER_THIN);
  format_set_bg_color (e->header, 0xDDE5EE);

  e->title = add_format (e, TRUE, NULL);
  format_set_font_size (e->title, 14);

  e->top = workbook_add_format (e->workbook);
  format_set_align (e->top, LXW_ALIGN_VERTICAL_TOP);
  e->wrapped = workbook_add_format (e->workbook);
  format_set_align (e->wrapped, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (e->wrapped);
  e->points = add_format (e, FALSE, "+0.0;-0.0;0.0");

  for (guint i = 0; i < G_N_ELEMENTS (e->semaforo); i++)
    {
      e->semaforo[i] = workbook_add_format (e->workbook);
      format_set_bg_color (e->semaforo[i], fills[i]);
      format_set_font_color (e->semaforo[i], inks[i]);
    }
}

/* The semáforo on a column of "% ejercido" fractions: green, yellow or
 * red by the distance from the period's pace, as ind_semaforo_classify()
 * decides; empty cells stay uncoloured. */
static void
add_semaforo (Export    *e,
              Sheet     *sheet,
              lxw_row_t  first_row,
              lxw_row_t  last_row,
              lxw_col_t  col)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];
  char pace[G_ASCII_DTOSTR_BUF_SIZE];
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
  g_ascii_formatd (pace, sizeof pace, "%.15g", e->pace);
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

  if (known && den != 0)
    check (e, worksheet_write_formula_num (sheet->ws, row, col, formula, format,
                                           (double)num / (double)den));
  else
    check (e, worksheet_write_formula_str (sheet->ws, row, col, formula, format, ""));
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

      lxw_rowcol_to_cell_abs (pace_cell + 1, RESUMEN_ROW_PACE, 1, TRUE, TRUE);
      pace_cell[0] = '=';
      check (e, worksheet_write_formula_num (sheet->ws, row, RESUMEN_COL_PACE, pace_cell,
                                             styles[STYLE_PERCENT], e->pace));
    }
}

static void
add_charts (Export    *e,
            Sheet     *sheet,
            lxw_row_t  first,
            lxw_row_t  last,
            lxw_row_t  at)
{
  static const lxw_col_t money_cols[] = {
    RESUMEN_COL_MODIFICADO, RESUMEN_COL_DEVENGADO, RESUMEN_COL_PAGADO,
  };
  lxw_chart *execution = workbook_add_chart (e->workbook, LXW_CHART_COLUMN);
  lxw_chart *pace;
  lxw_chart_series *series;
  lxw_chart_options placement = { .x_scale = 1.5, .y_scale = 1.2 };

  for (guint i = 0; i < G_N_ELEMENTS (money_cols); i++)
    {
      series = chart_add_series (execution, NULL, NULL);
      chart_series_set_categories (series, SHEET_RESUMEN, first, RESUMEN_COL_PROGRAM,
                                   last, RESUMEN_COL_PROGRAM);
      chart_series_set_values (series, SHEET_RESUMEN, first, money_cols[i], last, money_cols[i]);
      chart_series_set_name_range (series, SHEET_RESUMEN, RESUMEN_ROW_HEADER, money_cols[i]);
    }
  chart_title_set_name (execution, _("Execution by program"));
  chart_axis_set_num_format (execution->y_axis, "#,##0");
  chart_legend_set_position (execution, LXW_CHART_LEGEND_BOTTOM);
  check (e, worksheet_insert_chart_opt (sheet->ws, at, RESUMEN_COL_PROGRAM, execution, &placement));

  pace = workbook_add_chart (e->workbook, LXW_CHART_BAR);
  series = chart_add_series (pace, NULL, NULL);
  chart_series_set_categories (series, SHEET_RESUMEN, first, RESUMEN_COL_PROGRAM,
                               last, RESUMEN_COL_PROGRAM);
  chart_series_set_values (series, SHEET_RESUMEN, first, RESUMEN_COL_EJERCIDO,
                           last, RESUMEN_COL_EJERCIDO);
  chart_series_set_name_range (series, SHEET_RESUMEN, RESUMEN_ROW_HEADER, RESUMEN_COL_EJERCIDO);
  if (e->has_pace)
    {
      series = chart_add_series (pace, NULL, NULL);
      chart_series_set_categories (series, SHEET_RESUMEN, first, RESUMEN_COL_PROGRAM,
                                   last, RESUMEN_COL_PROGRAM);
      chart_series_set_values (series, SHEET_RESUMEN, first, RESUMEN_COL_PACE,
                               last, RESUMEN_COL_PACE);
      chart_series_set_name_range (series, SHEET_RESUMEN, RESUMEN_ROW_HEADER, RESUMEN_COL_PACE);
    }
  /* xgettext:no-c-format */
  chart_title_set_name (pace, _("% ejercido against the expected pace"));
  /* In a bar chart the x axis is the horizontal one, of values. */
  chart_axis_set_num_format (pace->x_axis, "0%");
  /* Programs top to bottom, in the order of the table. */
  chart_axis_set_reverse (pace->y_axis);
  chart_legend_set_position (pace, LXW_CHART_LEGEND_BOTTOM);
  check (e, worksheet_insert_chart_opt (sheet->ws, at + 20, RESUMEN_COL_PROGRAM, pace, &placement));
}

static gboolean
write_resumen (Export  *e,
               GError **error)
{
  const char *labels[RESUMEN_N_COLUMNS] = {
    _("Program"), _("Name"),
    ind_money_label (IND_MONEY_MODIFICADO),
    ind_money_label (IND_MONEY_DEVENGADO),
    ind_money_label (IND_MONEY_PAGADO),
    "% ejercido", "% pagado",
    _("Expected pace"),
    _("Staff remarks"),
  };
  Sheet sheet = { .ws = workbook_add_worksheet (e->workbook, SHEET_RESUMEN) };
  lxw_col_t note_col;
  g_autofree char *period = ind_format_period (ind_report_get_period_end (e->report));
  guint n = ind_report_get_n_programs (e->report);
  lxw_row_t row = RESUMEN_ROW_FIRST_PROGRAM;
  gint64 values[IND_N_MONEY];
  gboolean known[IND_N_MONEY];
  gboolean any_total = FALSE;

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  /* The heading runs over the empty cells to its right: it does not
   * count for the widths. Without a pace, the remarks take its column. */
  sheet.n_columns = e->has_pace ? RESUMEN_N_COLUMNS : RESUMEN_N_COLUMNS - 1;
  note_col = sheet.n_columns - 1;
  labels[note_col] = labels[RESUMEN_COL_NOTE];
  if (ind_report_get_title (e->report) != NULL)
    check (e, worksheet_write_string (sheet.ws, RESUMEN_ROW_TITLE, 0,
                                      ind_report_get_title (e->report), e->title));
  if (ind_report_get_entity (e->report) != NULL)
    check (e, worksheet_write_string (sheet.ws, RESUMEN_ROW_ENTITY, 0,
                                      ind_report_get_entity (e->report), NULL));
  check (e, worksheet_write_string (sheet.ws, RESUMEN_ROW_PERIOD, 0, period, NULL));
  if (e->has_pace)
    {
      g_autofree char *bands = ind_semaforo_describe_bands (&e->bands);

      put_string (e, &sheet, RESUMEN_ROW_PACE, 0, _("Expected pace"), e->styles[TRUE][STYLE_TEXT]);
      put_percent (e, &sheet, RESUMEN_ROW_PACE, 1, TRUE, e->pace * 100.0,
                   e->styles[TRUE][STYLE_PERCENT]);
      check (e, worksheet_write_string (sheet.ws, RESUMEN_ROW_BANDS, 0, bands, NULL));
    }

  put_header (e, &sheet, RESUMEN_ROW_HEADER, labels);
  worksheet_freeze_panes (sheet.ws, RESUMEN_ROW_HEADER + 1, 0);
  set_print_layout (e, &sheet, RESUMEN_ROW_HEADER);

  for (guint i = 0; i < n; i++, row++)
    {
      IndItem *program = ind_report_get_program (e->report, i);
      lxw_format **styles = e->styles[FALSE];

      if (!keep_going (e, error))
        return FALSE;

      put_string (e, &sheet, row, RESUMEN_COL_PROGRAM, ind_item_get_path (program), styles[STYLE_TEXT]);
      if (ind_item_get_missing (program))
        put_string (e, &sheet, row, RESUMEN_COL_NAME, _("(header lost from the report)"),
                    styles[STYLE_LOST_NAME]);
      else
        put_string (e, &sheet, row, RESUMEN_COL_NAME, ind_item_get_nombre (program),
                    styles[STYLE_NAME]);
      for (IndMoney m = 0; m < IND_N_MONEY; m++)
        {
          known[m] = ind_item_get_money (program, m, &values[m]);
          put_money (e, &sheet, row, RESUMEN_COL_MODIFICADO + m, known[m], values[m],
                     styles[STYLE_MONEY]);
        }
      put_summary_row (e, &sheet, row, values, known, FALSE);
      put_string (e, &sheet, row, note_col, ind_item_get_note (program), styles[STYLE_TEXT]);
    }

  if (n > 0)
    {
      lxw_format **styles = e->styles[TRUE];
      lxw_row_t first = RESUMEN_ROW_FIRST_PROGRAM, last = row - 1;

      put_string (e, &sheet, row, RESUMEN_COL_PROGRAM, _("Total"), styles[STYLE_TEXT]);
      for (IndMoney m = 0; m < IND_N_MONEY; m++)
        {
          lxw_col_t col = RESUMEN_COL_MODIFICADO + m;
          char range[LXW_MAX_CELL_RANGE_LENGTH];
          g_autofree char *formula = NULL;

          lxw_rowcol_to_range (range, first, col, last, col);
          formula = g_strdup_printf ("=SUM(%s)", range);
          values[m] = ind_report_sum_programs (e->report, m);
          known[m] = TRUE;
          check (e, worksheet_write_formula_num (sheet.ws, row, col, formula,
                                                 styles[STYLE_MONEY], values[m] / 100.0));
          fit (&sheet, col, money_chars (values[m]));
        }
      put_summary_row (e, &sheet, row, values, known, TRUE);
      add_semaforo (e, &sheet, first, row, RESUMEN_COL_EJERCIDO);
      row++;

      /* The report's own SUMAS line, so the council sees they agree. */
      for (IndMoney m = 0; m < IND_N_MONEY; m++)
        {
          known[m] = ind_report_get_total (e->report, m, &values[m]);
          any_total |= known[m];
        }
      if (any_total)
        {
          put_string (e, &sheet, row, RESUMEN_COL_PROGRAM, _("SUMAS in the report"),
                      e->styles[FALSE][STYLE_TEXT]);
          for (IndMoney m = 0; m < IND_N_MONEY; m++)
            put_money (e, &sheet, row, RESUMEN_COL_MODIFICADO + m, known[m], values[m],
                       e->styles[FALSE][STYLE_MONEY]);
          row++;
        }

      add_charts (e, &sheet, first, last, row + 2);
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
  gint64 integer;
  double percent;
  gboolean known;

  if (!keep_going (e, error))
    return FALSE;

  depth = MIN (depth, 2);
  check (e, worksheet_set_row_opt (sheet->ws, r, LXW_DEF_ROW_HEIGHT, NULL, &outline));

  put_string (e, sheet, r, DETALLE_COL_PATH, ind_item_get_path (item), styles[STYLE_TEXT]);
  put_string (e, sheet, r, DETALLE_COL_CLAVE, ind_item_get_clave (item), styles[STYLE_TEXT]);
  if (ind_item_get_missing (item))
    put_string (e, sheet, r, DETALLE_COL_NOMBRE, _("(header lost from the report)"),
                styles[STYLE_LOST_NAME + depth]);
  else
    {
      const char *nombre = ind_item_get_nombre (item);

      put_string (e, sheet, r, DETALLE_COL_NOMBRE, nombre, styles[STYLE_NAME + depth]);
      if (nombre != NULL)
        fit (sheet, DETALLE_COL_NOMBRE, g_utf8_strlen (nombre, -1) + 2 * depth);
    }

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
  put_string (e, sheet, r, DETALLE_COL_UNIDAD, ind_item_get_unidad (item), styles[STYLE_TEXT]);
  put_string (e, sheet, r, DETALLE_COL_NOTE, ind_item_get_note (item), styles[STYLE_TEXT]);

  (*row)++;
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    if (!write_item (e, sheet, ind_item_get_child (item, i), depth + 1, row, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_detalle (Export  *e,
               GError **error)
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
    _("Staff remarks"),
  };
  Sheet sheet = { .ws = workbook_add_worksheet (e->workbook, SHEET_DETALLE) };
  guint n = ind_report_get_n_programs (e->report);
  lxw_row_t row = 1;

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  begin_table (e, &sheet, labels, DETALLE_N_COLUMNS);
  /* Parents sit above their children, so the +/− buttons go on top. */
  worksheet_outline_settings (sheet.ws, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);

  for (guint i = 0; i < n; i++)
    if (!write_item (e, &sheet, ind_report_get_program (e->report, i), 0, &row, error))
      return FALSE;

  add_semaforo (e, &sheet, 1, row - 1, DETALLE_COL_EJERCIDO);
  end_table (e, &sheet, row - 1);
  return keep_going (e, error);
}

/* ---- Observaciones ---------------------------------------------------- */

/* The width of @col once set_widths() has run, in characters. */
static double
final_width (Sheet     *sheet,
             lxw_col_t  col)
{
  return MIN (sheet->widths[col] + 2, MAX_COLUMN_WIDTH);
}

/* Lines that @text takes wrapped in @width characters, roughly: Excel
 * does not fit the height of a row with merged cells itself. */
static guint
wrapped_lines (const char *text,
               double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  guint lines = 0;

  /* A tenth more for capitals, which are wider than the average. */
  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1, (guint)ceil (1.1 * g_utf8_strlen (paragraphs[i], -1) / MAX (width, 1)));
  return lines;
}

/* Below the diagnostics, from @row on: the remarks whose item is gone
 * from this report, each with the name the item had when it was written.
 * The name takes the three narrow columns merged, the remark the wide
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

  title = g_strdup_printf (ngettext ("Staff remark without an item (%u)",
                                     "Staff remarks without an item (%u)", n), n);
  check (e, worksheet_write_string (sheet->ws, row++, 0, title, e->styles[TRUE][STYLE_TEXT]));
  check (e, worksheet_write_string (sheet->ws, row++, 0,
                                    _("They were written for items that this report does not have."),
                                    NULL));
  put_string (e, sheet, row, OBSERVACIONES_COL_SEVERITY, _("Item"), e->header);
  check (e, worksheet_merge_range (sheet->ws, row, OBSERVACIONES_COL_PATH, row, OBSERVACIONES_COL_PAGE,
                                   _("Name when written"), e->header));
  put_string (e, sheet, row++, OBSERVACIONES_COL_MESSAGE, _("Remark"), e->header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (orphans, i);

      fit (sheet, OBSERVACIONES_COL_SEVERITY, g_utf8_strlen (ind_remark_get_path (remark), -1));
      fit (sheet, OBSERVACIONES_COL_MESSAGE, g_utf8_strlen (ind_remark_get_text (remark), -1));
    }
  name_width = final_width (sheet, OBSERVACIONES_COL_PATH) + final_width (sheet, OBSERVACIONES_COL_LINE) +
               final_width (sheet, OBSERVACIONES_COL_PAGE);
  remark_width = final_width (sheet, OBSERVACIONES_COL_MESSAGE);

  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (orphans, i);
      const char *nombre = ind_remark_get_nombre (remark);
      const char *text = ind_remark_get_text (remark);
      guint lines = MAX (wrapped_lines (nombre != NULL ? nombre : "", name_width),
                         wrapped_lines (text, remark_width));

      check (e, worksheet_set_row (sheet->ws, row, lines * LXW_DEF_ROW_HEIGHT, NULL));
      check (e, worksheet_write_string (sheet->ws, row, OBSERVACIONES_COL_SEVERITY,
                                        ind_remark_get_path (remark), e->top));
      check (e, worksheet_merge_range (sheet->ws, row, OBSERVACIONES_COL_PATH, row, OBSERVACIONES_COL_PAGE,
                                       nombre != NULL ? nombre : "", e->wrapped));
      check (e, worksheet_write_string (sheet->ws, row, OBSERVACIONES_COL_MESSAGE, text, e->wrapped));
    }
}

static gboolean
write_observaciones (Export  *e,
                     GError **error)
{
  const char *labels[OBSERVACIONES_N_COLUMNS] = {
    _("Severity"), _("Item"), _("Line"), _("Page"), _("Message"),
  };
  Sheet sheet = { .ws = workbook_add_worksheet (e->workbook, SHEET_OBSERVACIONES) };
  GListModel *diagnostics = ind_report_get_diagnostics (e->report);
  guint n = g_list_model_get_n_items (diagnostics);
  lxw_format **styles = e->styles[FALSE];
  lxw_row_t row = 1;

  if (sheet.ws == NULL)
    {
      check (e, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return keep_going (e, error);
    }

  begin_table (e, &sheet, labels, OBSERVACIONES_N_COLUMNS);
  for (guint i = 0; i < n; i++, row++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);
      guint line = ind_diagnostic_get_line (d);
      guint page = ind_diagnostic_get_page (d);

      if (!keep_going (e, error))
        return FALSE;

      put_string (e, &sheet, row, OBSERVACIONES_COL_SEVERITY,
                  ind_severity_label (ind_diagnostic_get_severity (d)), styles[STYLE_TEXT]);
      put_string (e, &sheet, row, OBSERVACIONES_COL_PATH, ind_diagnostic_get_path (d),
                  styles[STYLE_TEXT]);
      put_integer (e, &sheet, row, OBSERVACIONES_COL_LINE, line > 0, line, styles[STYLE_TEXT]);
      put_integer (e, &sheet, row, OBSERVACIONES_COL_PAGE, page > 0, page, styles[STYLE_TEXT]);
      put_string (e, &sheet, row, OBSERVACIONES_COL_MESSAGE, ind_diagnostic_get_message (d),
                  styles[STYLE_TEXT]);
    }
  if (n == 0)
    put_string (e, &sheet, row++, OBSERVACIONES_COL_SEVERITY, _("No observations."),
                styles[STYLE_TEXT]);

  check (e, worksheet_autofilter (sheet.ws, 0, 0, MAX (row - 1, 1), sheet.n_columns - 1));
  if (e->project != NULL)
    write_orphans (e, &sheet, row + 1);
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
} Comparacion;

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
  put_string (e, &c->sheet, row, COMPARACION_COL_PATH, first, e->header);
  put_string (e, &c->sheet, row, COMPARACION_COL_NAME, _("Name"), e->header);
  for (guint p = 0; p < c->n_periods; p++)
    {
      g_autofree char *name = period_name (e, p);
      g_autofree char *modificado = g_strdup_printf ("%s %s", ind_money_label (IND_MONEY_MODIFICADO), name);
      g_autofree char *devengado = g_strdup_printf ("%s %s", ind_money_label (IND_MONEY_DEVENGADO), name);
      g_autofree char *ejercido = g_strdup_printf ("%% ejercido %s", name);

      put_string (e, &c->sheet, row, period_col (p, PERIOD_MODIFICADO), modificado, e->header);
      put_string (e, &c->sheet, row, period_col (p, PERIOD_DEVENGADO), devengado, e->header);
      put_string (e, &c->sheet, row, period_col (p, PERIOD_EJERCIDO), ejercido, e->header);
    }
  /* xgettext:no-c-format */
  put_string (e, &c->sheet, row, c->change_col, _("Change in % ejercido (points)"), e->header);
  put_string (e, &c->sheet, row, c->changes_col, _("Changes"), e->header);
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
  if (known)
    check (e, worksheet_write_formula_num (c->sheet.ws, row, c->change_col, formula, e->points, points));
  else
    check (e, worksheet_write_formula_str (c->sheet.ws, row, c->change_col, formula, e->points, ""));
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

  put_string (e, &c->sheet, row, COMPARACION_COL_PATH, ind_comparison_row_get_path (r), styles[STYLE_TEXT]);
  if (nombre == NULL)
    put_string (e, &c->sheet, row, COMPARACION_COL_NAME, _("(header lost from the report)"),
                styles[STYLE_LOST_NAME + depth]);
  else
    {
      put_string (e, &c->sheet, row, COMPARACION_COL_NAME, nombre, styles[STYLE_NAME + depth]);
      fit (&c->sheet, COMPARACION_COL_NAME, g_utf8_strlen (nombre, -1) + 2 * depth);
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
        check (e, worksheet_write_formula_num (c->sheet.ws, row, col, formula, bold[STYLE_MONEY],
                                               totals[p].money[m] / 100.0));
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
    }
  /* xgettext:no-c-format */
  chart_title_set_name (chart, _("% ejercido by period, by program"));
  chart_axis_set_num_format (chart->x_axis, "0%");
  chart_axis_set_reverse (chart->y_axis);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  check (e, worksheet_insert_chart_opt (c->sheet.ws, at, COMPARACION_COL_PATH, chart, &placement));
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
  check (e, worksheet_write_string (c->sheet.ws, row++, 0, title, e->styles[TRUE][STYLE_TEXT]));
  put_string (e, &c->sheet, row, COMPARACION_COL_PATH, _("Path"), e->header);
  put_string (e, &c->sheet, row, COMPARACION_COL_NAME, _("Name"), e->header);
  put_string (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, period_label, e->header);

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
          put_string (e, &c->sheet, row, COMPARACION_COL_NAME, ind_comparison_row_get_nombre (r),
                      styles[STYLE_TEXT]);
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
          put_string (e, &c->sheet, row, COMPARACION_COL_NAME, nombre, styles[STYLE_TEXT]);
          put_string (e, &c->sheet, row++, COMPARACION_COL_FIRST_PERIOD, name, styles[STYLE_TEXT]);
        }
    }
  return row + 1;
}

static gboolean
write_comparacion (Export  *e,
                   GError **error)
{
  Comparacion c = { .sheet.ws = workbook_add_worksheet (e->workbook, SHEET_COMPARACION) };
  GListModel *rows = ind_comparison_get_rows (e->comparison);
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_programs = g_list_model_get_n_items (ind_comparison_get_programs (e->comparison));
  lxw_row_t row = 0, header;

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
  worksheet_set_landscape (c.sheet.ws);
  worksheet_fit_to_pages (c.sheet.ws, 1, 0);

  check (e, worksheet_write_string (c.sheet.ws, row++, 0, _("Comparison of periods"), e->title));
  if (ind_report_get_entity (e->report) != NULL)
    check (e, worksheet_write_string (c.sheet.ws, row, 0, ind_report_get_entity (e->report), NULL));
  row += 2;

  /* Which report is each period, and its pace. */
  put_string (e, &c.sheet, row, COMPARACION_COL_PATH, _("Period"), e->header);
  put_string (e, &c.sheet, row, COMPARACION_COL_NAME, _("Report"), e->header);
  put_string (e, &c.sheet, row++, COMPARACION_COL_FIRST_PERIOD, _("Expected pace"), e->header);
  for (guint p = 0; p < c.n_periods; p++, row++)
    {
      IndReport *report = ind_comparison_get_report (e->comparison, p);
      g_autofree char *name = period_name (e, p);
      g_autofree char *period = ind_format_period (ind_report_get_period_end (report));
      g_autofree char *source = g_strdup_printf ("%s · %s", period, ind_report_get_source_name (report));
      double pace = 0;
      gboolean has_pace = ind_report_get_expected_pace (report, &pace);

      put_string (e, &c.sheet, row, COMPARACION_COL_PATH, name, e->styles[TRUE][STYLE_TEXT]);
      put_string (e, &c.sheet, row, COMPARACION_COL_NAME, source, NULL);
      put_percent (e, &c.sheet, row, COMPARACION_COL_FIRST_PERIOD, has_pace, pace,
                   e->styles[FALSE][STYLE_PERCENT]);
    }
  row++;

  header = row;
  row = write_comparison_programs (e, &c, header);
  if (n_programs > 0)
    {
      add_comparison_chart (e, &c, header, header + 1, header + n_programs, row + 1);
      row += COMPARISON_CHART_ROWS;
    }
  if (!keep_going (e, error))
    return FALSE;

  row++;
  check (e, worksheet_write_string (c.sheet.ws, row++, 0, _("Every item"), e->styles[TRUE][STYLE_TEXT]));
  put_comparison_header (e, &c, row++, _("Path"));
  for (guint i = 0; i < n_rows; i++, row++)
    {
      g_autoptr(IndComparisonRow) r = g_list_model_get_item (rows, i);

      if (!keep_going (e, error))
        return FALSE;
      put_comparison_row (e, &c, row, r);
    }
  row++;

  row = write_change_list (e, &c, row, ind_comparison_get_added (e->comparison), _("New items"),
                           _("First period"), IND_CHANGE_ADDED);
  row = write_change_list (e, &c, row, ind_comparison_get_vanished (e->comparison), _("Vanished items"),
                           _("Last period"), IND_CHANGE_VANISHED);
  write_change_list (e, &c, row, ind_comparison_get_renamed (e->comparison), _("Renamed items"),
                     _("Period"), IND_CHANGE_RENAMED);

  set_widths (e, &c.sheet);
  return keep_going (e, error);
}

/* ---- The workbook ----------------------------------------------------- */

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
    .created = time (NULL),
  };

  if (source != NULL)
    properties.comments = comments = g_strdup_printf (_("Exported by Indicadores from %s"), source);
  check (e, workbook_set_properties (e->workbook, &properties));
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 lxw_error    status)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
               _("%s could not be written: %s"), name, lxw_strerror (status));
}

static gboolean
write_workbook (Export      *e,
                const char  *path,
                GError     **error)
{
  g_autoptr(IndAtomicFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  file = ind_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  e->workbook = workbook_new (ind_atomic_file_get_temp_path (file));
  if (e->workbook == NULL)
    {
      set_write_error (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  add_formats (e);
  set_properties (e);
  ok = write_resumen (e, &local_error) &&
       write_detalle (e, &local_error) &&
       write_observaciones (e, &local_error) &&
       (e->comparison == NULL || write_comparacion (e, &local_error));

  if (!ok)
    {
      /* Nothing reaches the disk but the temporary, which goes with
       * @file. */
      lxw_workbook_free (e->workbook);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_write_error (error, path, e->status);
      return FALSE;
    }

  e->status = workbook_close (e->workbook);
  if (e->status != LXW_NO_ERROR)
    {
      set_write_error (error, path, e->status);
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
 *   comparison; %NULL for the defaults
 * @cancellable: (nullable): checked between rows
 *
 * Writes the sheets "Resumen", "Detalle" and "Observaciones", and
 * "Comparación" with @options->comparison. On any error or cancellation
 * the previous @path is untouched and no temporary file is left.
 *
 * Returns: %TRUE when @path holds the new workbook
 */
gboolean
ind_export_xlsx (IndReport                  *report,
                 const char                 *path,
                 const IndExportXlsxOptions *options,
                 GCancellable               *cancellable,
                 GError                    **error)
{
  Export e = { .report = report, .cancellable = cancellable };
  locale_t c_numeric, base, previous;
  gboolean ok;

  g_return_val_if_fail (IND_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_return_val_if_fail (options == NULL || options->project == NULL ||
                        ind_project_get_report (options->project) == report, FALSE);
  g_return_val_if_fail (options == NULL || options->comparison == NULL ||
                        IND_IS_COMPARISON (options->comparison), FALSE);

  if (options != NULL)
    {
      e.bands = options->bands;
      e.project = options->project;
      e.comparison = options->comparison;
    }
  else
    ind_semaforo_bands_init (&e.bands);
  if (e.comparison != NULL && ind_comparison_get_n_periods (e.comparison) > MAX_PERIODS)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
                   _("%s could not be written: a workbook compares %u periods at most."), name, MAX_PERIODS);
      return FALSE;
    }
  e.has_pace = ind_report_get_expected_pace (report, &e.pace);
  e.pace /= 100.0;

  /* libxlsxwriter prints numbers with the thread's locale: a decimal
   * comma would break the file. Only LC_NUMERIC changes, so the headers
   * are still translated. */
  base = duplocale (uselocale ((locale_t)0));
  c_numeric = base != (locale_t)0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t)0;
  if (c_numeric == (locale_t)0)
    {
      g_autofree char *name = g_filename_display_basename (path);
      int saved_errno = errno;

      if (base != (locale_t)0)
        freelocale (base);
      g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
                   _("%s could not be written: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  previous = uselocale (c_numeric);

  ok = write_workbook (&e, path, error);

  uselocale (previous);
  freelocale (c_numeric);
  return ok;
}

typedef struct
{
  char                 *path;
  IndExportXlsxOptions  options;
} ExportTask;

static void
export_task_free (ExportTask *task)
{
  g_free (task->path);
  g_clear_object (&task->options.project);
  g_clear_object (&task->options.comparison);
  g_free (task);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *data = task_data;
  GError *error = NULL;

  if (ind_export_xlsx (source_object, data->path, &data->options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ind_export_xlsx_async:
 *
 * Runs ind_export_xlsx() in a worker thread. The report must not change
 * until @callback runs.
 */
void
ind_export_xlsx_async (IndReport                  *report,
                       const char                 *path,
                       const IndExportXlsxOptions *options,
                       GCancellable               *cancellable,
                       GAsyncReadyCallback         callback,
                       gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportTask *data;

  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (path != NULL);

  data = g_new0 (ExportTask, 1);
  data->path = g_strdup (path);
  if (options != NULL)
    data->options = *options;
  else
    ind_export_xlsx_options_init (&data->options);
  if (data->options.project != NULL)
    g_object_ref (data->options.project);
  if (data->options.comparison != NULL)
    g_object_ref (data->options.comparison);

  task = g_task_new (report, cancellable, callback, user_data);
  g_task_set_source_tag (task, ind_export_xlsx_async);
  g_task_set_task_data (task, data, (GDestroyNotify)export_task_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
ind_export_xlsx_finish (IndReport     *report,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, report), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ind_export_xlsx_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
