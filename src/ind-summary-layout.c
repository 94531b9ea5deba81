/* ind-summary-layout.c
 *
 * The summary is a flow of blocks (title, key figures, findings, charts,
 * the comparison with other periods, one table per program, the
 * observations, the remarks whose item is gone), each measured once at the
 * page's width: text with pango, table cells through the word cache of
 * ind-draw.c, which keeps 100,000 rows fast. Pagination places them top
 * to bottom and never splits a block: a table row that does not fit goes
 * whole to the next page, under its program's caption, the column
 * headers and its component drawn again. Drawing a page then only lays
 * out the blocks placed on it, so the PDF export and GtkPrintOperation's
 * draw-page share every line of it, and a report of 100,000 rows never
 * holds 100,000 layouts at once.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ind-chart.h"
#include "ind-draw-private.h"
#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-summary-layout.h"

/* Type sizes, in points. */
#define ENTITY_SIZE   10.0
#define TITLE_SIZE    20.0
#define PERIOD_SIZE   12.0
#define HEADING_SIZE  14.0
#define TEXT_SIZE     10.5
#define CAPTION_SIZE  11.0
#define TABLE_SIZE     8.5
#define LABEL_SIZE     8.0
#define VALUE_SIZE    17.0
/* The semáforo mark on a card, as a share of the value's size. */
#define CARD_MARK_SIZE 0.6
#define FOOTER_SIZE    7.5
/* The footer's line: its size and the space between lines. */
#define FOOTER_LINE   (FOOTER_SIZE * 1.4)

#define PAD_X          4.0
#define PAD_Y          3.5
#define INDENT         9.0
#define BULLET_INDENT 14.0
#define FOOTER_HEIGHT 22.0
#define CARD_GAP       8.0
#define CHART_GAP     12.0
/* The charts' shares of the page's height: the execution chart draws
 * three bars a program, the pace chart one, so the second needs less
 * room to label every bar, and the two share a page with the last few
 * lines of findings. */
#define EJECUCION_PAGE_SHARE 0.5
#define AVANCE_PAGE_SHARE    0.4

/* The comparison chart's height against the others': two bars a
 * program need more room than one. */
#define COMPARISON_CHART_HEIGHT 1.25
#define SUMMARY_CHART_TEXT_SCALE 0.85
/* Blocks between two checks of the cancellable and progress reports. */
#define CHECK_EVERY  256

typedef enum
{
  COL_CLAVE,
  COL_NOMBRE,
  COL_MODIFICADO,
  COL_DEVENGADO,
  COL_PAGADO,
  COL_EJERCIDO,
  COL_META,       /* the results, as the report prints them */
  COL_ALCANZADO,
  COL_FISICO,
  N_COLS
} Column;

/* The comparison's table: key, name, then Modificado and % ejercido of
 * each period shown, the latest ones as in its chart. */
enum
{
  CMP_CLAVE,
  CMP_NOMBRE,
  CMP_FIRST_PERIOD,
  N_CMP_COLS = CMP_FIRST_PERIOD + 2 * IND_CHART_MAX_PERIODS
};

typedef enum
{
  TABLE_PROGRAM,
  TABLE_COMPARISON,
} TableKind;

typedef struct
{
  IndSummaryPart part;
  guint          keep_with_next : 1;
  guint          page_break_before : 1;
  int            table;          /* index into tables, or -1 */
  int            parent;         /* an activity's component row, or -1 */
  double         height;
  double         repeat_height;  /* a caption or a component drawn again, "(continued)" */
  gpointer       data;           /* IndItem, IndComparisonRow, text or chart kind */
} Block;

typedef struct
{
  TableKind  kind;
  IndItem   *program;  /* TABLE_PROGRAM's */
  int        caption;  /* block index, -1 when the table has none */
  int        header;
} Table;

typedef struct
{
  guint  block;
  guint  repeated : 1;
  double y;
} Placed;

struct _IndSummaryLayout
{
  IndReport           *report;
  IndProject          *project;     /* for the remarks whose item is gone */
  IndComparison       *comparison;
  guint                first_period; /* of the comparison's table */
  guint                n_periods;
  IndSemaforoBands     bands;
  PangoContext        *context;
  char               **findings;
  char               **review;      /* what is wrong with the report */
  char                *generated;   /* "Generated on 15 de abril de 2024" */
  gboolean             has_pace;
  double               pace;

  double               page_width;
  double               page_height;
  double               left;
  double               top;
  double               width;
  double               bottom;
  double               col_x[N_COLS];
  double               col_w[N_COLS];
  double               cmp_x[N_CMP_COLS];
  double               cmp_w[N_CMP_COLS];

  IndTextCache        *cells[4];    /* regular, bold, numbers, bold numbers */
  IndGlyphBatch       *batch;
  double               line_height; /* of a table line */

  GArray              *blocks;
  GArray              *tables;
  GPtrArray           *texts;       /* strings the blocks point to */
  GArray              *placed;
  GArray              *page_starts; /* index into placed of each page's first */
};

IndSummaryLayout *
ind_summary_layout_new (IndReport                 *report,
                        const IndExportOptions    *options)
{
  IndSummaryLayout *self;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  self = g_new0 (IndSummaryLayout, 1);
  self->report = g_object_ref (report);
  if (options != NULL)
    {
      self->bands = options->bands;
      g_set_object (&self->project, options->project);
      g_set_object (&self->comparison, options->comparison);
    }
  else
    ind_semaforo_bands_init (&self->bands);
  if (self->comparison != NULL)
    {
      guint n = ind_comparison_get_n_periods (self->comparison);

      self->n_periods = MIN (n, IND_CHART_MAX_PERIODS);
      self->first_period = n - self->n_periods;
    }
  self->generated = _ind_draw_generated_on (options != NULL ? options->generated : NULL);

  self->context = _ind_draw_create_context ();
  self->cells[0] = _ind_text_cache_new (self->context, TABLE_SIZE, IND_TEXT_REGULAR);
  self->cells[1] = _ind_text_cache_new (self->context, TABLE_SIZE, IND_TEXT_BOLD);
  self->cells[2] = _ind_text_cache_new (self->context, TABLE_SIZE, IND_TEXT_NUMBERS);
  self->cells[3] = _ind_text_cache_new (self->context, TABLE_SIZE, IND_TEXT_BOLD | IND_TEXT_NUMBERS);
  self->batch = _ind_glyph_batch_new ();
  self->line_height = _ind_text_cache_line_height (self->cells[0]);
  self->findings = ind_findings_build (report);
  self->review = ind_findings_build_review (report);
  self->has_pace = ind_report_get_expected_pace (report, &self->pace);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  self->tables = g_array_new (FALSE, FALSE, sizeof (Table));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
ind_summary_layout_free (IndSummaryLayout *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->report);
  g_clear_object (&self->project);
  g_clear_object (&self->comparison);
  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    _ind_text_cache_free (self->cells[i]);
  _ind_glyph_batch_free (self->batch);
  g_object_unref (self->context);
  g_strfreev (self->findings);
  g_strfreev (self->review);
  g_free (self->generated);
  g_array_unref (self->blocks);
  g_array_unref (self->tables);
  g_ptr_array_unref (self->texts);
  g_array_unref (self->placed);
  g_array_unref (self->page_starts);
  g_free (self);
}

static PangoLayout *
text (IndSummaryLayout *self,
      const char       *str,
      double            size,
      IndTextStyle      style,
      double            width,
      PangoAlignment    alignment)
{
  return _ind_draw_text (self->context, str, size, style, width, alignment);
}

static double
text_height (IndSummaryLayout *self,
             const char       *str,
             double            size,
             IndTextStyle      style,
             double            width)
{
  g_autoptr(PangoLayout) layout = text (self, str, size, style, width, PANGO_ALIGN_LEFT);

  return _ind_draw_text_height (layout);
}

static const char *
keep_text (IndSummaryLayout *self,
           char             *str)
{
  g_ptr_array_add (self->texts, str);
  return str;
}

static Block *
add_block (IndSummaryLayout *self,
           IndSummaryPart    part,
           gpointer          data,
           double            height)
{
  Block block = { part, FALSE, FALSE, -1, -1, height, height, data };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/* ---- Title ---------------------------------------------------------- */

static char *
period_text (IndSummaryLayout *self)
{
  g_autofree char *period = ind_format_period (ind_report_get_period_end (self->report));

  return _ind_draw_capitalize (period);
}

static const char *
title_text (IndSummaryLayout *self)
{
  const char *title = ind_report_get_title (self->report);

  return title != NULL ? title : _("Indicadores de Resultados");
}

static double
draw_title (IndSummaryLayout *self,
            cairo_t          *cr,
            double            y)
{
  const char *entity = ind_report_get_entity (self->report);
  g_autofree char *period = period_text (self);
  double y0 = y;

  if (entity != NULL)
    {
      g_autoptr(PangoLayout) layout = text (self, entity, ENTITY_SIZE, IND_TEXT_BOLD, self->width, PANGO_ALIGN_LEFT);

      if (cr != NULL)
        _ind_draw_show (cr, layout, self->left, y, IND_ACCENT);
      y += _ind_draw_text_height (layout) + 4;
    }
  {
    g_autoptr(PangoLayout) layout = text (self, title_text (self), TITLE_SIZE, IND_TEXT_BOLD, self->width, PANGO_ALIGN_LEFT);

    if (cr != NULL)
      _ind_draw_show (cr, layout, self->left, y, IND_INK);
    y += _ind_draw_text_height (layout) + 2;
  }
  {
    g_autoptr(PangoLayout) layout = text (self, period, PERIOD_SIZE, IND_TEXT_REGULAR, self->width, PANGO_ALIGN_LEFT);

    if (cr != NULL)
      _ind_draw_show (cr, layout, self->left, y, IND_MUTED);
    y += _ind_draw_text_height (layout) + 2;
  }
  y += 6;
  if (cr != NULL)
    _ind_draw_hline (cr, self->left, y, self->width, 1.5, IND_ACCENT);
  return y - y0 + 14;
}

/* ---- Key figures ---------------------------------------------------- */

static double
card_height (IndSummaryLayout *self)
{
  return 8 + text_height (self, "M", LABEL_SIZE, IND_TEXT_BOLD, -1) + 2 +
         text_height (self, "0", VALUE_SIZE, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1) + 1 +
         text_height (self, "M", LABEL_SIZE, IND_TEXT_REGULAR, -1) + 8;
}

static void
draw_card (IndSummaryLayout *self,
           cairo_t          *cr,
           const IndKeyFigure *card,
           double            x,
           double            y,
           double            width,
           double            height)
{
  g_autoptr(PangoLayout) label = text (self, card->label, LABEL_SIZE, IND_TEXT_BOLD, width - 20, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) value = text (self, card->value, VALUE_SIZE, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) detail = text (self, card->detail, LABEL_SIZE, IND_TEXT_REGULAR, width - 20, PANGO_ALIGN_LEFT);
  double value_x = x + 10;

  _ind_draw_fill_rect (cr, x, y, width, height, IND_SHADE);
  _ind_draw_fill_rect (cr, x, y, 3, height, IND_ACCENT);
  y += 8;
  _ind_draw_show (cr, label, x + 10, y, IND_MUTED);
  y += _ind_draw_text_height (label) + 2;
  if (card->marked)
    {
      double size = VALUE_SIZE * CARD_MARK_SIZE;

      _ind_draw_semaforo_mark (cr, card->semaforo, value_x + size / 2,
                               y + _ind_draw_text_height (value) * IND_DRAW_MARK_CENTER, size);
      value_x += size + 6;
    }
  _ind_draw_show (cr, value, value_x, y, IND_INK);
  y += _ind_draw_text_height (value) + 1;
  _ind_draw_show (cr, detail, x + 10, y, IND_MUTED);
}

static void
draw_figures (IndSummaryLayout *self,
              cairo_t          *cr,
              double            y)
{
  IndKeyFigure cards[IND_N_KEY_FIGURES];
  double height = card_height (self);
  double wide = (self->width - 2 * CARD_GAP) / 3;
  double narrow = (self->width - 3 * CARD_GAP) / 4;

  _ind_key_figures_build (cards, self->report, NULL, &self->bands);
  for (guint i = 0; i < 3; i++)
    draw_card (self, cr, &cards[i], self->left + i * (wide + CARD_GAP), y, wide, height);
  for (guint i = 0; i < 4; i++)
    draw_card (self, cr, &cards[3 + i], self->left + i * (narrow + CARD_GAP),
               y + height + CARD_GAP, narrow, height);
  _ind_key_figures_clear (cards);
}

/* ---- Headings, findings and the legend ------------------------------ */

#define HEADING_ABOVE 14.0
#define HEADING_BELOW  7.0

static double
heading_height (IndSummaryLayout *self,
                const char       *str)
{
  return HEADING_ABOVE + text_height (self, str, HEADING_SIZE, IND_TEXT_BOLD, self->width) + HEADING_BELOW;
}

static void
draw_heading (IndSummaryLayout *self,
              cairo_t          *cr,
              const char       *str,
              double            y)
{
  g_autoptr(PangoLayout) layout = text (self, str, HEADING_SIZE, IND_TEXT_BOLD, self->width, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, layout, self->left, y + HEADING_ABOVE, IND_ACCENT);
}

static double
finding_height (IndSummaryLayout *self,
                const char       *str)
{
  return text_height (self, str, TEXT_SIZE, IND_TEXT_REGULAR, self->width - BULLET_INDENT) + 5;
}

static void
draw_finding (IndSummaryLayout *self,
              cairo_t          *cr,
              const char       *str,
              double            y)
{
  g_autoptr(PangoLayout) bullet = text (self, "•", TEXT_SIZE, IND_TEXT_BOLD, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) layout = text (self, str, TEXT_SIZE, IND_TEXT_REGULAR,
                                        self->width - BULLET_INDENT, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, bullet, self->left + 3, y, IND_ACCENT);
  _ind_draw_show (cr, layout, self->left + BULLET_INDENT, y, IND_INK);
}

static double
note_height (IndSummaryLayout *self,
             const char       *str)
{
  return text_height (self, str, TEXT_SIZE, IND_TEXT_REGULAR, self->width) + 6;
}

static void
draw_note (IndSummaryLayout *self,
           cairo_t          *cr,
           const char       *str,
           double            y)
{
  g_autoptr(PangoLayout) layout = text (self, str, TEXT_SIZE, IND_TEXT_REGULAR, self->width, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, layout, self->left, y, IND_MUTED);
}

#define SUBHEADING_ABOVE 8.0
#define SUBHEADING_BELOW 4.0

static double
subheading_height (IndSummaryLayout *self,
                   const char       *str)
{
  return SUBHEADING_ABOVE + text_height (self, str, CAPTION_SIZE, IND_TEXT_BOLD, self->width) + SUBHEADING_BELOW;
}

static void
draw_subheading (IndSummaryLayout *self,
                 cairo_t          *cr,
                 const char       *str,
                 double            y)
{
  g_autoptr(PangoLayout) layout = text (self, str, CAPTION_SIZE, IND_TEXT_BOLD, self->width, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, layout, self->left, y + SUBHEADING_ABOVE, IND_INK);
}

/* "● On pace ▲ Off pace ■ Far off pace", then the bands and what
 * % ejercido means. */
static char *
legend_text (IndSummaryLayout *self)
{
  g_autofree char *bands = ind_semaforo_describe_bands (&self->bands);

  /* xgettext:no-c-format */
  return g_strconcat (bands, " ", _("“% spent (computed)” is Devengado ÷ Modificado, compared with the expected pace; "
                                    "Meta, Alcanzado and “% physical progress (reported)” are as the report prints them."),
                      NULL);
}


static double
legend_height (IndSummaryLayout *self)
{
  g_autofree char *str = legend_text (self);

  return text_height (self, "M", LABEL_SIZE, IND_TEXT_BOLD, -1) + 3 +
         text_height (self, str, LABEL_SIZE, IND_TEXT_REGULAR, self->width) + 10;
}

static void
draw_legend (IndSummaryLayout *self,
             cairo_t          *cr,
             double            y)
{
  g_autofree char *str = legend_text (self);
  g_autoptr(PangoLayout) explanation = text (self, str, LABEL_SIZE, IND_TEXT_REGULAR, self->width, PANGO_ALIGN_LEFT);
  double x = self->left;
  double line = 0;

  for (IndSemaforo s = IND_SEMAFORO_GREEN; s <= IND_SEMAFORO_RED; s++)
    {
      g_autoptr(PangoLayout) label = text (self, ind_semaforo_label (s), LABEL_SIZE, IND_TEXT_BOLD, -1, PANGO_ALIGN_LEFT);

      line = _ind_draw_text_height (label);
      _ind_draw_semaforo_mark (cr, s, x + 4, y + line / 2, 8);
      _ind_draw_show (cr, label, x + 12, y, IND_INK);
      x += 12 + _ind_draw_text_width (label) + 18;
    }
  _ind_draw_show (cr, explanation, self->left, y + line + 3, IND_MUTED);
}

/* ---- Charts --------------------------------------------------------- */

/* @kind's chart, or with @comparison the chart of the periods. */
static void
draw_chart (IndSummaryLayout *self,
            cairo_t          *cr,
            IndChartKind      kind,
            gboolean          comparison,
            double            y,
            double            height)
{
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.bands = self->bands;
  /* Paper is read closer than a screen: smaller type leaves the names
   * room for two lines. */
  options.text_scale = SUMMARY_CHART_TEXT_SCALE;
  cairo_save (cr);
  cairo_translate (cr, self->left, y);
  cairo_rectangle (cr, 0, 0, self->width, height);
  cairo_clip (cr);
  if (comparison)
    ind_chart_draw_comparison (cr, self->comparison, self->width, height, &options);
  else
    ind_chart_draw (cr, self->report, kind, self->width, height, &options);
  cairo_restore (cr);
}

/* ---- Program tables ------------------------------------------------- */

static char *
caption_text (IndItem  *program,
              gboolean  continued)
{
  const char *nombre = ind_item_get_nombre (program);
  g_autofree char *caption = NULL;

  caption = nombre != NULL
            ? g_strdup_printf (_("Program %s · %s"), ind_item_get_path (program), nombre)
            : g_strdup_printf (_("Program %s"), ind_item_get_path (program));
  if (!continued)
    return g_steal_pointer (&caption);
  return g_strdup_printf (_("%s (continued)"), caption);
}

static double
caption_height (IndSummaryLayout *self,
                IndItem          *program,
                gboolean          continued)
{
  g_autofree char *str = caption_text (program, continued);

  return 10 + text_height (self, str, CAPTION_SIZE, IND_TEXT_BOLD, self->width) + 5;
}

static void
draw_caption (IndSummaryLayout *self,
              cairo_t          *cr,
              IndItem          *program,
              gboolean          continued,
              double            y)
{
  g_autofree char *str = caption_text (program, continued);
  g_autoptr(PangoLayout) layout = text (self, str, CAPTION_SIZE, IND_TEXT_BOLD, self->width, PANGO_ALIGN_LEFT);

  _ind_draw_show (cr, layout, self->left, y + 10, continued ? IND_MUTED : IND_INK);
}

static const char *
column_label (Column column)
{
  switch (column)
    {
    case COL_CLAVE:
      return _("Key");
    case COL_NOMBRE:
      return _("Name");
    case COL_MODIFICADO:
      return ind_money_label (IND_MONEY_MODIFICADO);
    case COL_DEVENGADO:
      return ind_money_label (IND_MONEY_DEVENGADO);
    case COL_PAGADO:
      return ind_money_label (IND_MONEY_PAGADO);
    case COL_EJERCIDO:
      /* xgettext:no-c-format */
      return _("% spent (computed)");
    case COL_META:
      return _("Meta");
    case COL_ALCANZADO:
      return _("Alcanzado");
    case COL_FISICO:
    default:
      /* xgettext:no-c-format */
      return _("% physical progress (reported)");
    }
}

static gboolean
right_aligned (Column column)
{
  return column >= COL_MODIFICADO;
}

/* "Modificado T1 2024", "% ejercido T1 2024": a comparison's column. */
static char *
comparison_label (IndSummaryLayout *self,
                  guint             column)
{
  IndReport *report;
  g_autofree char *name = NULL;

  if (column == CMP_CLAVE)
    return g_strdup (_("Program"));
  if (column == CMP_NOMBRE)
    return g_strdup (_("Name"));
  report = ind_comparison_get_report (self->comparison, self->first_period + (column - CMP_FIRST_PERIOD) / 2);
  name = ind_format_period_short (ind_report_get_period_end (report));
  if ((column - CMP_FIRST_PERIOD) % 2 == 0)
    return g_strdup_printf ("%s %s", ind_money_label (IND_MONEY_MODIFICADO), name);
  return g_strdup_printf ("%% ejercido %s", name);
}

static char *
header_label (IndSummaryLayout *self,
              const Table      *table,
              guint             column)
{
  switch (table->kind)
    {
    case TABLE_PROGRAM:
      return g_strdup (column_label (column));
    case TABLE_COMPARISON:
    default:
      return comparison_label (self, column);
    }
}

/* The columns of @table: how many, where and how wide. */
static guint
table_columns (IndSummaryLayout  *self,
               const Table       *table,
               const double     **xs,
               const double     **widths)
{
  switch (table->kind)
    {
    case TABLE_PROGRAM:
      *xs = self->col_x;
      *widths = self->col_w;
      return N_COLS;
    case TABLE_COMPARISON:
    default:
      *xs = self->cmp_x;
      *widths = self->cmp_w;
      return CMP_FIRST_PERIOD + 2 * self->n_periods;
    }
}

static gboolean
header_right_aligned (const Table *table,
                      guint        column)
{
  if (table->kind == TABLE_PROGRAM)
    return right_aligned (column);
  return column >= CMP_FIRST_PERIOD;
}

static double
column_header_height (IndSummaryLayout *self,
                      const Table      *table)
{
  const double *xs, *widths;
  guint n = table_columns (self, table, &xs, &widths);
  double height = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *label = header_label (self, table, c);

      height = MAX (height, text_height (self, label, LABEL_SIZE, IND_TEXT_BOLD, widths[c] - 2 * PAD_X));
    }
  return height + 2 * PAD_Y + 1;
}

static void
draw_column_header (IndSummaryLayout *self,
                    cairo_t          *cr,
                    const Table      *table,
                    double            y,
                    double            height)
{
  const double *xs, *widths;
  guint n = table_columns (self, table, &xs, &widths);

  _ind_draw_fill_rect (cr, self->left, y, self->width, height - 1, IND_ACCENT);
  for (guint c = 0; c < n; c++)
    {
      gboolean right = header_right_aligned (table, c);
      g_autofree char *label = header_label (self, table, c);
      g_autoptr(PangoLayout) layout = text (self, label, LABEL_SIZE, IND_TEXT_BOLD,
                                            widths[c] - 2 * PAD_X, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

      _ind_draw_show (cr, layout, xs[c] + PAD_X, y + PAD_Y, IND_WHITE);
    }
}

static double
row_indent (IndItem *item)
{
  return INDENT * ind_item_get_depth (item);
}

static IndTextStyle
row_style (IndItem *item)
{
  return ind_item_get_kind (item) == IND_KIND_PROGRAMA ? IND_TEXT_BOLD : IND_TEXT_REGULAR;
}

static const char *
row_name (IndItem *item)
{
  if (ind_item_get_missing (item))
    return _ind_draw_missing_words (ind_item_get_kind (item));
  return ind_item_get_nombre (item) != NULL ? ind_item_get_nombre (item) : "";
}

/* ---- Cells: from the word cache when it can lay them out, else pango */

static IndTextCache *
cell_cache (IndSummaryLayout *self,
            IndTextStyle      style)
{
  switch ((int)style)
    {
    case IND_TEXT_REGULAR:
      return self->cells[0];
    case IND_TEXT_BOLD:
      return self->cells[1];
    case IND_TEXT_NUMBERS:
      return self->cells[2];
    case IND_TEXT_BOLD | IND_TEXT_NUMBERS:
      return self->cells[3];
    default:
      return NULL;
    }
}

/* Returns the text's height in @width; @natural_width: its widest line. */
static double
measure_cell (IndSummaryLayout *self,
              const char       *str,
              IndTextStyle      style,
              double            width,
              double           *natural_width)
{
  IndTextCache *cache = cell_cache (self, style);
  guint lines = cache != NULL ? _ind_text_cache_measure (cache, str, width, natural_width) : 0;
  g_autoptr(PangoLayout) layout = NULL;

  if (lines > 0)
    return lines * _ind_text_cache_line_height (cache);
  layout = text (self, str, TABLE_SIZE, style, width, PANGO_ALIGN_LEFT);
  if (natural_width != NULL)
    *natural_width = _ind_draw_text_width (layout);
  return _ind_draw_text_height (layout);
}

/* Glyphs from the cache wait in self->batch for the page's flush. */
static void
draw_cell (IndSummaryLayout *self,
           cairo_t          *cr,
           const char       *str,
           IndTextStyle      style,
           double            x,
           double            y,
           double            width,
           PangoAlignment    alignment,
           guint32           rgb)
{
  IndTextCache *cache = cell_cache (self, style);
  g_autoptr(PangoLayout) layout = NULL;

  if (cache != NULL && _ind_text_cache_measure (cache, str, width, NULL) > 0)
    {
      _ind_text_cache_draw (cache, self->batch, str, x, y, width, alignment, rgb);
      return;
    }
  layout = text (self, str, TABLE_SIZE, style, width, alignment);
  _ind_draw_show (cr, layout, x, y, rgb);
}

static IndTextStyle
name_style (IndItem *item)
{
  return row_style (item) | (ind_item_get_missing (item) ? IND_TEXT_ITALIC : 0);
}

static double
name_width (IndSummaryLayout *self,
            IndItem          *item)
{
  return self->col_w[COL_NOMBRE] - 2 * PAD_X - row_indent (item);
}

/* The user's remark, under the name. */
static char *
note_text (IndItem *item)
{
  const char *remark = ind_item_get_note (item);

  if (remark == NULL || *remark == '\0')
    return NULL;
  return g_strdup_printf (_("Note: %s"), remark);
}

/* A component drawn again atop a page that goes on with its activities
 * says so, and shows its key and name only, so that no one adds its
 * figures twice. */
static char *
continued_name (IndItem *item)
{
  return g_strdup_printf (_("%s (continued)"), row_name (item));
}

static double
row_height (IndSummaryLayout *self,
            IndItem          *item,
            gboolean          repeated)
{
  g_autofree char *note = repeated ? NULL : note_text (item);
  g_autofree char *continued = repeated ? continued_name (item) : NULL;
  double width = name_width (self, item);
  double height = repeated ? measure_cell (self, continued, IND_TEXT_ITALIC, width, NULL)
                           : measure_cell (self, row_name (item), name_style (item), width, NULL);

  if (note != NULL)
    height += 2 + measure_cell (self, note, IND_TEXT_ITALIC, width, NULL);
  return height + 2 * PAD_Y;
}

static void
draw_continued_row (IndSummaryLayout *self,
                    cairo_t          *cr,
                    IndItem          *item,
                    double            y,
                    double            height)
{
  g_autofree char *continued = continued_name (item);
  const char *clave = ind_item_get_clave (item);

  _ind_draw_fill_rect (cr, self->left, y, self->width, height, IND_SHADE);
  _ind_draw_hline (cr, self->left, y + height, self->width, 0.5, IND_LIGHT_RULE);
  draw_cell (self, cr, clave != NULL ? clave : "—", IND_TEXT_REGULAR, self->col_x[COL_CLAVE] + PAD_X, y + PAD_Y,
             self->col_w[COL_CLAVE] - 2 * PAD_X, PANGO_ALIGN_LEFT, IND_MUTED);
  draw_cell (self, cr, continued, IND_TEXT_ITALIC, self->col_x[COL_NOMBRE] + PAD_X + row_indent (item), y + PAD_Y,
             name_width (self, item), PANGO_ALIGN_LEFT, IND_MUTED);
}

static char *
money_text (IndItem  *item,
            IndMoney  column)
{
  gint64 value;

  if (!ind_item_get_money (item, column, &value))
    return g_strdup ("—");
  return ind_format_money (value);
}

/* Meta, Alcanzado or % avance físico as the report prints them; "—"
 * for a row that has none. */
static char *
result_text (IndItem *item,
             Column   column)
{
  gint64 count;
  double percent;

  if (column == COL_META && ind_item_get_meta (item, &count))
    return ind_format_integer (count);
  if (column == COL_ALCANZADO && ind_item_get_alcanzado (item, &count))
    return ind_format_integer (count);
  if (column == COL_FISICO && ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, &percent))
    return ind_format_percent (percent, 1);
  return g_strdup ("—");
}

/* "% ejercido" right-aligned in its column, its semáforo mark just left
 * of the figure when the period has a pace. */
static void
draw_rate_cell (IndSummaryLayout *self,
                cairo_t          *cr,
                IndTextStyle      style,
                gboolean          known,
                double            ejercido,
                gboolean          has_pace,
                double            pace,
                double            x,
                double            width,
                double            text_y)
{
  g_autofree char *rate = _ind_draw_rate (known, ejercido);
  double rate_width = 0;

  measure_cell (self, rate, style | IND_TEXT_NUMBERS, width, &rate_width);
  draw_cell (self, cr, rate, style | IND_TEXT_NUMBERS, x + PAD_X, text_y, width - 2 * PAD_X,
             PANGO_ALIGN_RIGHT, IND_INK);
  if (known && has_pace)
    _ind_draw_semaforo_mark (cr, ind_semaforo_classify (&self->bands, ejercido, pace),
                             x + width - PAD_X - rate_width - 7, text_y + self->line_height / 2, 7);
}

static void
draw_row (IndSummaryLayout *self,
          cairo_t          *cr,
          IndItem          *item,
          double            y,
          double            height)
{
  g_autofree char *note = note_text (item);
  IndTextStyle style = row_style (item);
  IndKind kind = ind_item_get_kind (item);
  const char *clave = ind_item_get_clave (item);
  double name_x = self->col_x[COL_NOMBRE] + PAD_X + row_indent (item);
  double width = name_width (self, item);
  double text_y = y + PAD_Y;
  double ejercido;
  gboolean known;

  if (kind == IND_KIND_PROGRAMA)
    _ind_draw_fill_rect (cr, self->left, y, self->width, height, IND_TINT);
  else if (kind == IND_KIND_COMPONENTE)
    _ind_draw_fill_rect (cr, self->left, y, self->width, height, IND_SHADE);
  _ind_draw_hline (cr, self->left, y + height, self->width, 0.5, IND_LIGHT_RULE);

  draw_cell (self, cr, clave != NULL ? clave : "—", style, self->col_x[COL_CLAVE] + PAD_X, text_y,
             self->col_w[COL_CLAVE] - 2 * PAD_X, PANGO_ALIGN_LEFT, IND_INK);
  draw_cell (self, cr, row_name (item), name_style (item), name_x, text_y, width, PANGO_ALIGN_LEFT,
             ind_item_get_missing (item) ? IND_MUTED : IND_INK);
  if (note != NULL)
    draw_cell (self, cr, note, IND_TEXT_ITALIC, name_x,
               text_y + measure_cell (self, row_name (item), name_style (item), width, NULL) + 2,
               width, PANGO_ALIGN_LEFT, IND_ACCENT);

  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      Column c = COL_MODIFICADO + m;
      g_autofree char *amount = money_text (item, m);

      draw_cell (self, cr, amount, style | IND_TEXT_NUMBERS, self->col_x[c] + PAD_X, text_y,
                 self->col_w[c] - 2 * PAD_X, PANGO_ALIGN_RIGHT, IND_INK);
    }

  known = ind_item_get_ejercido (item, &ejercido);
  draw_rate_cell (self, cr, style, known, ejercido, self->has_pace, self->pace,
                  self->col_x[COL_EJERCIDO], self->col_w[COL_EJERCIDO], text_y);
  for (Column c = COL_META; c <= COL_FISICO; c++)
    {
      g_autofree char *result = result_text (item, c);

      draw_cell (self, cr, result, style | IND_TEXT_NUMBERS, self->col_x[c] + PAD_X, text_y,
                 self->col_w[c] - 2 * PAD_X, PANGO_ALIGN_RIGHT, IND_INK);
    }
}

/* ---- The comparison ------------------------------------------------- */

static const char *
comparison_name (IndComparisonRow *row)
{
  const char *nombre = ind_comparison_row_get_nombre (row);

  return nombre != NULL ? nombre : _ind_draw_missing_words (ind_comparison_row_get_kind (row));
}

static double
comparison_row_height (IndSummaryLayout *self,
                       IndComparisonRow *row)
{
  return measure_cell (self, comparison_name (row), IND_TEXT_REGULAR, self->cmp_w[CMP_NOMBRE] - 2 * PAD_X, NULL) +
         2 * PAD_Y;
}

/* A program's Modificado and % ejercido in each period shown, the
 * semáforo against that period's pace; a dash where it has no figure. */
static void
draw_comparison_row (IndSummaryLayout *self,
                     cairo_t          *cr,
                     IndComparisonRow *row,
                     double            y,
                     double            height)
{
  double text_y = y + PAD_Y;

  _ind_draw_hline (cr, self->left, y + height, self->width, 0.5, IND_LIGHT_RULE);
  draw_cell (self, cr, ind_comparison_row_get_path (row), IND_TEXT_BOLD, self->cmp_x[CMP_CLAVE] + PAD_X, text_y,
             self->cmp_w[CMP_CLAVE] - 2 * PAD_X, PANGO_ALIGN_LEFT, IND_INK);
  draw_cell (self, cr, comparison_name (row), IND_TEXT_REGULAR, self->cmp_x[CMP_NOMBRE] + PAD_X, text_y,
             self->cmp_w[CMP_NOMBRE] - 2 * PAD_X, PANGO_ALIGN_LEFT, IND_INK);
  for (guint j = 0; j < self->n_periods; j++)
    {
      guint period = self->first_period + j;
      guint c = CMP_FIRST_PERIOD + 2 * j;
      IndReport *report = ind_comparison_get_report (self->comparison, period);
      g_autofree char *amount = NULL;
      gint64 modificado;
      double ejercido, pace;
      gboolean known, has_pace;

      amount = ind_comparison_row_get_money (row, period, IND_MONEY_MODIFICADO, &modificado)
               ? ind_format_money (modificado) : g_strdup ("—");
      draw_cell (self, cr, amount, IND_TEXT_NUMBERS, self->cmp_x[c] + PAD_X, text_y,
                 self->cmp_w[c] - 2 * PAD_X, PANGO_ALIGN_RIGHT, IND_INK);
      known = ind_comparison_row_get_ejercido (row, period, &ejercido);
      has_pace = ind_report_get_expected_pace (report, &pace);
      draw_rate_cell (self, cr, IND_TEXT_REGULAR, known, ejercido, has_pace, pace,
                      self->cmp_x[c + 1], self->cmp_w[c + 1], text_y);
    }
}

/* "101/C01/A06 NAME (since T2 2024)" for the lists of changes. */
static char *
change_text (IndSummaryLayout *self,
             IndComparisonRow *row,
             IndChange         change)
{
  const char *path = ind_comparison_row_get_path (row);
  GString *out = g_string_new (NULL);
  const char *before = NULL;
  guint period;

  if (change != IND_CHANGE_RENAMED)
    {
      g_autofree char *name = NULL;
      g_autofree char *when = NULL;

      if (ind_comparison_row_find_change (row, change, &period))
        {
          name = ind_format_period_short (ind_report_get_period_end (ind_comparison_get_report (self->comparison, period)));
          when = g_strdup_printf (change == IND_CHANGE_ADDED ? _("since %s") : _("last in %s"), name);
        }
      g_string_append_printf (out, "%s %s", path, comparison_name (row));
      if (when != NULL)
        g_string_append_printf (out, " (%s)", when);
      return g_string_free (out, FALSE);
    }

  /* "102/C01/A06: «OLD» (T1 2024) → «NEW» (T2 2024)" */
  g_string_append_printf (out, "%s:", path);
  for (guint p = 0; p < ind_comparison_get_n_periods (self->comparison); p++)
    {
      IndItem *item = ind_comparison_row_get_item (row, p);
      const char *nombre = item != NULL ? ind_item_get_nombre (item) : NULL;
      g_autofree char *name = NULL;

      if (nombre == NULL || g_strcmp0 (before, nombre) == 0)
        continue;
      name = ind_format_period_short (ind_report_get_period_end (ind_comparison_get_report (self->comparison, p)));
      g_string_append_printf (out, "%s«%s» (%s)", before != NULL ? " → " : " ", nombre, name);
      before = nombre;
    }
  return g_string_free (out, FALSE);
}

/* ---- Building and placing the blocks ---------------------------------- */

/* Progress and cancellation while measuring, checked every few blocks. */
typedef struct
{
  IndExportProgressFunc  func;
  gpointer               data;
  GCancellable          *cancellable;
  guint                  total;
  guint                  done;
} Measuring;

static gboolean
measured_one (Measuring  *measuring,
              GError    **error)
{
  if (++measuring->done % CHECK_EVERY != 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (measuring->cancellable, error))
    return FALSE;
  if (measuring->func != NULL)
    measuring->func ((double)measuring->done / measuring->total, measuring->data);
  return TRUE;
}

/* @parent: the block of @item's component, or -1 */
static gboolean
add_rows (IndSummaryLayout  *self,
          IndItem           *item,
          int                table,
          int                parent,
          Measuring         *measuring,
          GError           **error)
{
  int index = self->blocks->len;
  IndKind kind = ind_item_get_kind (item);
  Block *block = add_block (self, IND_SUMMARY_PART_ROW, item, row_height (self, item, FALSE));

  block->table = table;
  block->parent = parent;
  if (kind == IND_KIND_COMPONENTE)
    block->repeat_height = row_height (self, item, TRUE);
  /* A program's row stays with its first component, a component's with
   * its first activity. */
  block->keep_with_next = kind != IND_KIND_ACTIVIDAD && ind_item_get_n_children (item) > 0;
  if (!measured_one (measuring, error))
    return FALSE;
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    if (!add_rows (self, ind_item_get_child (item, i), table,
                   kind == IND_KIND_COMPONENTE ? index : -1, measuring, error))
      return FALSE;
  return TRUE;
}

static void
add_table_start (IndSummaryLayout *self,
                 TableKind         kind,
                 IndItem          *program)
{
  Table table = { kind, program, -1, -1 };
  int index = self->tables->len;
  Block *block;

  if (program != NULL)
    {
      table.caption = self->blocks->len;
      block = add_block (self, IND_SUMMARY_PART_CAPTION, program, caption_height (self, program, FALSE));
      block->repeat_height = caption_height (self, program, TRUE);
      block->keep_with_next = TRUE;
      block->table = index;
    }
  table.header = self->blocks->len;
  g_array_append_val (self->tables, table);
  block = add_block (self, IND_SUMMARY_PART_COLUMN_HEADER, NULL,
                     column_header_height (self, &g_array_index (self->tables, Table, index)));
  block->keep_with_next = TRUE;
  block->table = index;
}

static Block *
add_heading (IndSummaryLayout *self,
             const char       *str)
{
  Block *block = add_block (self, IND_SUMMARY_PART_HEADING, (gpointer)str, heading_height (self, str));

  block->keep_with_next = TRUE;
  return block;
}

/* The widest word of a column's header, which cannot wrap. */
static double
header_word_width (IndSummaryLayout *self,
                   Column            column)
{
  g_auto(GStrv) words = g_strsplit (column_label (column), " ", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = text (self, words[i], LABEL_SIZE, IND_TEXT_BOLD, -1, PANGO_ALIGN_LEFT);

      widest = MAX (widest, _ind_draw_text_width (layout));
    }
  return ceil (widest);
}

/* Column widths: amounts as wide as the widest one printed, the
 * results as their headers' words, the name takes what is left. */
static void
set_columns (IndSummaryLayout *self)
{
  g_autofree char *widest = NULL;
  g_autoptr(PangoLayout) money = NULL;
  g_autoptr(PangoLayout) rate = NULL;
  g_autoptr(PangoLayout) clave = NULL;
  gint64 largest = 0;
  double x = self->left;

  /* No row's amount is larger than the largest program's or total's,
   * except in a report that does not add up; take the larger of all. */
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 total;

      largest = MAX (largest, ABS (ind_report_sum_programs (self->report, m)));
      if (ind_report_get_total (self->report, m, &total))
        largest = MAX (largest, ABS (total));
    }
  widest = ind_format_money (-MAX (largest, 99999999999));
  money = text (self, widest, TABLE_SIZE, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
  rate = text (self, "100.0%", TABLE_SIZE, IND_TEXT_BOLD | IND_TEXT_NUMBERS, -1, PANGO_ALIGN_LEFT);
  clave = text (self, "Componente 00", TABLE_SIZE, IND_TEXT_BOLD, -1, PANGO_ALIGN_LEFT);

  self->col_w[COL_CLAVE] = ceil (_ind_draw_text_width (clave)) + 2 * PAD_X;
  for (Column c = COL_MODIFICADO; c <= COL_PAGADO; c++)
    self->col_w[c] = ceil (_ind_draw_text_width (money)) + 2 * PAD_X + 4;
  self->col_w[COL_EJERCIDO] = ceil (_ind_draw_text_width (rate)) + 2 * PAD_X + 14;
  self->col_w[COL_NOMBRE] = self->width - self->col_w[COL_CLAVE] - 3 * self->col_w[COL_MODIFICADO] -
                            self->col_w[COL_EJERCIDO];
  for (Column c = COL_META; c <= COL_FISICO; c++)
    {
      self->col_w[c] = MAX (header_word_width (self, c), ceil (_ind_draw_text_width (rate))) + 2 * PAD_X;
      self->col_w[COL_NOMBRE] -= self->col_w[c];
    }
  for (Column c = 0; c < N_COLS; c++)
    {
      self->col_x[c] = x;
      x += self->col_w[c];
    }

  /* The comparison: the money and rate columns as above, for each
   * period shown; the name takes what is left. */
  self->cmp_w[CMP_CLAVE] = self->col_w[COL_CLAVE];
  self->cmp_w[CMP_NOMBRE] = self->width - self->cmp_w[CMP_CLAVE] -
                            self->n_periods * (self->col_w[COL_MODIFICADO] + self->col_w[COL_EJERCIDO]);
  for (guint j = 0; j < self->n_periods; j++)
    {
      self->cmp_w[CMP_FIRST_PERIOD + 2 * j] = self->col_w[COL_MODIFICADO];
      self->cmp_w[CMP_FIRST_PERIOD + 2 * j + 1] = self->col_w[COL_EJERCIDO];
    }
  x = self->left;
  for (guint c = 0; c < CMP_FIRST_PERIOD + 2 * self->n_periods; c++)
    {
      self->cmp_x[c] = x;
      x += self->cmp_w[c];
    }
}

static void
add_note (IndSummaryLayout *self,
          char             *str)
{
  const char *kept = keep_text (self, str);

  add_block (self, IND_SUMMARY_PART_NOTE, (gpointer)kept, note_height (self, kept));
}

static void
add_bullet (IndSummaryLayout *self,
            char             *str)
{
  const char *kept = keep_text (self, str);

  add_block (self, IND_SUMMARY_PART_TEXT, (gpointer)kept, finding_height (self, kept));
}

static void
add_change_list (IndSummaryLayout *self,
                 GListModel       *rows,
                 const char       *heading,
                 IndChange         change)
{
  guint n = g_list_model_get_n_items (rows);
  const char *title;
  Block *block;

  if (n == 0)
    return;
  title = keep_text (self, g_strdup_printf ("%s (%u)", heading, n));
  block = add_block (self, IND_SUMMARY_PART_SUBHEADING, (gpointer)title, subheading_height (self, title));
  block->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (rows, i);

      add_bullet (self, change_text (self, row, change));
    }
}

/* On a page of its own: which report is each period, the chart of
 * % ejercido by period, a table of the programs in each period, and what
 * was added, vanished or renamed. */
static void
add_comparison (IndSummaryLayout *self,
                double            chart_height)
{
  GListModel *programs = ind_comparison_get_programs (self->comparison);
  guint n_programs = g_list_model_get_n_items (programs);
  GString *periods = g_string_new (NULL);
  Block *block;

  block = add_heading (self, _("Comparison with other periods"));
  block->page_break_before = TRUE;
  for (guint p = 0; p < ind_comparison_get_n_periods (self->comparison); p++)
    {
      IndReport *report = ind_comparison_get_report (self->comparison, p);
      g_autofree char *name = ind_format_period_short (ind_report_get_period_end (report));
      g_autofree char *period = ind_format_period (ind_report_get_period_end (report));

      g_string_append_printf (periods, "%s: %s", name, period);
      g_string_append_c (periods, '\n');
    }
  g_string_truncate (periods, periods->len - 1);
  add_note (self, g_string_free (periods, FALSE));
  add_block (self, IND_SUMMARY_PART_COMPARISON_CHART, NULL, chart_height);

  if (n_programs > 0)
    add_table_start (self, TABLE_COMPARISON, NULL);
  for (guint i = 0; i < n_programs; i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (programs, i);
      /* the comparison keeps its own reference */
      Block *b = add_block (self, IND_SUMMARY_PART_COMPARISON_ROW, row, comparison_row_height (self, row));

      b->table = self->tables->len - 1;
    }

  add_change_list (self, ind_comparison_get_added (self->comparison), _("New items"), IND_CHANGE_ADDED);
  add_change_list (self, ind_comparison_get_vanished (self->comparison), _("Vanished items"), IND_CHANGE_VANISHED);
  add_change_list (self, ind_comparison_get_renamed (self->comparison), _("Renamed items"), IND_CHANGE_RENAMED);
}

/* The remarks whose item this report does not have, closing the
 * document: kept, with the name the item had, not dropped. */
static void
add_orphans (IndSummaryLayout *self)
{
  GListModel *orphans = ind_project_get_orphans (self->project);
  guint n = g_list_model_get_n_items (orphans);

  if (n == 0)
    return;
  add_heading (self, _("Remarks without an item"));
  add_note (self, g_strdup (_("These remarks were written for items that this report does not have.")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (orphans, i);
      const char *nombre = ind_remark_get_nombre (remark);

      if (nombre != NULL)
        add_bullet (self, g_strdup_printf ("%s «%s»: %s", ind_remark_get_path (remark), nombre,
                                           ind_remark_get_text (remark)));
      else
        add_bullet (self, g_strdup_printf ("%s: %s", ind_remark_get_path (remark), ind_remark_get_text (remark)));
    }
}

static gboolean
build_blocks (IndSummaryLayout  *self,
              Measuring         *measuring,
              GError           **error)
{
  guint n_programs = ind_report_get_n_programs (self->report);
  Block *block;

  measuring->total = ind_report_count_items (self->report, IND_KIND_PROGRAMA) +
                     ind_report_count_items (self->report, IND_KIND_COMPONENTE) +
                     ind_report_count_items (self->report, IND_KIND_ACTIVIDAD);

  add_block (self, IND_SUMMARY_PART_TITLE, NULL, draw_title (self, NULL, 0));
  add_block (self, IND_SUMMARY_PART_FIGURES, NULL, 2 * card_height (self) + CARD_GAP + 6);

  add_heading (self, _("Findings"));
  for (guint i = 0; self->findings[i] != NULL; i++)
    add_block (self, IND_SUMMARY_PART_TEXT, self->findings[i], finding_height (self, self->findings[i]));

  if (n_programs > 0)
    {
      /* Each chart carries its own title: they follow the findings
       * where those end, so that a long list of findings does not leave
       * a page all but blank. */
      double page_height = self->bottom - self->top;
      double chart_height = EJECUCION_PAGE_SHARE * page_height;

      add_block (self, IND_SUMMARY_PART_CHART, GINT_TO_POINTER (IND_CHART_EJECUCION), chart_height);
      add_block (self, IND_SUMMARY_PART_CHART, GINT_TO_POINTER (IND_CHART_AVANCE),
                 AVANCE_PAGE_SHARE * page_height);

      if (self->comparison != NULL)
        add_comparison (self, COMPARISON_CHART_HEIGHT * chart_height);

      /* the tables start a page of their own, as a reader expects */
      block = add_heading (self, _("Detail by program"));
      block->page_break_before = TRUE;
      block = add_block (self, IND_SUMMARY_PART_LEGEND, NULL, legend_height (self));
      block->keep_with_next = TRUE;
    }
  for (guint i = 0; i < n_programs; i++)
    {
      IndItem *program = ind_report_get_program (self->report, i);

      add_table_start (self, TABLE_PROGRAM, program);
      if (!add_rows (self, program, self->tables->len - 1, -1, measuring, error))
        return FALSE;
    }

  /* What is wrong with the report, in words: the lines and codes the
   * staff fix it by stay in the window and the command line. */
  add_heading (self, _("Report review"));
  for (guint i = 0; self->review[i] != NULL; i++)
    add_block (self, IND_SUMMARY_PART_TEXT, self->review[i], finding_height (self, self->review[i]));

  if (self->project != NULL)
    add_orphans (self);
  return TRUE;
}

static void
place (IndSummaryLayout *self,
       guint             block,
       gboolean          repeated,
       double           *y)
{
  Placed placed = { block, repeated, *y };
  const Block *b = &g_array_index (self->blocks, Block, block);

  g_array_append_val (self->placed, placed);
  *y += repeated ? b->repeat_height : b->height;
}

static void
new_page (IndSummaryLayout *self,
          double           *y)
{
  guint start = self->placed->len;

  g_array_append_val (self->page_starts, start);
  *y = self->top;
}

static void
place_repeats (IndSummaryLayout *self,
               const Block      *block,
               double           *y)
{
  const Table *table;

  if (block->part != IND_SUMMARY_PART_ROW && block->part != IND_SUMMARY_PART_COMPARISON_ROW)
    return;
  table = &g_array_index (self->tables, Table, block->table);
  if (table->caption >= 0)
    place (self, table->caption, TRUE, y);
  place (self, table->header, TRUE, y);
  if (block->parent >= 0)
    place (self, block->parent, TRUE, y);
}

static void
place_blocks (IndSummaryLayout *self)
{
  guint n = self->blocks->len;
  double y;

  new_page (self, &y);
  for (guint i = 0; i < n; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      gboolean page_empty = self->placed->len == g_array_index (self->page_starts, guint, self->page_starts->len - 1);
      double group = block->height;

      /* Blocks kept with the next one travel together. */
      for (guint j = i; j + 1 < n && g_array_index (self->blocks, Block, j).keep_with_next; j++)
        group += g_array_index (self->blocks, Block, j + 1).height;

      if (!page_empty && (block->page_break_before || y + group > self->bottom))
        {
          new_page (self, &y);
          page_empty = TRUE;
        }
      if (page_empty)
        place_repeats (self, block, &y);
      place (self, i, FALSE, &y);
    }
}

/* ---- Public API -------------------------------------------------------- */

/**
 * ind_summary_layout_paginate:
 * @page_width: in points, as the cairo_t of each page will measure it
 * @margin: around the page body; 0 when the printer sets the margins
 *
 * Measures every block at this page size and places them on pages.
 * Can be called again for another size.
 */
gboolean
ind_summary_layout_paginate (IndSummaryLayout       *self,
                             double                  page_width,
                             double                  page_height,
                             double                  margin,
                             IndExportProgressFunc   progress,
                             gpointer                progress_data,
                             GCancellable           *cancellable,
                             GError                **error)
{
  Measuring measuring = { progress, progress_data, cancellable, 0, 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (page_width > 2 * margin + 300 && page_height > 2 * margin + 200, FALSE);

  self->page_width = page_width;
  self->page_height = page_height;
  self->left = margin;
  self->top = margin;
  self->width = page_width - 2 * margin;
  self->bottom = page_height - margin - FOOTER_HEIGHT;

  g_array_set_size (self->blocks, 0);
  g_array_set_size (self->tables, 0);
  g_array_set_size (self->placed, 0);
  g_array_set_size (self->page_starts, 0);
  g_ptr_array_set_size (self->texts, 0);

  set_columns (self);
  if (!build_blocks (self, &measuring, error))
    return FALSE;
  place_blocks (self);
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}

guint
ind_summary_layout_get_n_pages (IndSummaryLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->page_starts->len;
}

/* The band between the top margin and the footer, where blocks go. */
void
ind_summary_layout_get_body (IndSummaryLayout *self,
                             double           *top,
                             double           *bottom)
{
  g_return_if_fail (self != NULL);

  if (top != NULL)
    *top = self->top;
  if (bottom != NULL)
    *bottom = self->bottom;
}

static guint
page_end (IndSummaryLayout *self,
          guint             page)
{
  if (page + 1 < self->page_starts->len)
    return g_array_index (self->page_starts, guint, page + 1);
  return self->placed->len;
}

/**
 * ind_summary_layout_get_placement:
 * @index: the block's position on @page, from the top
 *
 * Returns: FALSE past the last block of the page
 */
gboolean
ind_summary_layout_get_placement (IndSummaryLayout    *self,
                                  guint                page,
                                  guint                index,
                                  IndSummaryPlacement *placement)
{
  const Placed *placed;
  const Block *block;
  guint position;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (placement != NULL, FALSE);

  if (page >= self->page_starts->len)
    return FALSE;
  position = g_array_index (self->page_starts, guint, page) + index;
  if (position >= page_end (self, page))
    return FALSE;

  placed = &g_array_index (self->placed, Placed, position);
  block = &g_array_index (self->blocks, Block, placed->block);
  placement->part = block->part;
  placement->repeated = placed->repeated;
  placement->y = placed->y;
  placement->height = placed->repeated ? block->repeat_height : block->height;
  placement->item = NULL;
  placement->text = NULL;
  if (block->part == IND_SUMMARY_PART_ROW || block->part == IND_SUMMARY_PART_CAPTION)
    placement->item = block->data;
  if (block->part == IND_SUMMARY_PART_HEADING || block->part == IND_SUMMARY_PART_TEXT ||
      block->part == IND_SUMMARY_PART_NOTE || block->part == IND_SUMMARY_PART_SUBHEADING)
    placement->text = block->data;
  return TRUE;
}

static void
draw_footer (IndSummaryLayout *self,
             cairo_t          *cr,
             guint             page)
{
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->page_starts->len);
  g_autoptr(PangoLayout) left = text (self, self->generated, FOOTER_SIZE, IND_TEXT_REGULAR, self->width / 3, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) middle = text (self, title_text (self), FOOTER_SIZE, IND_TEXT_REGULAR,
                                        self->width / 3, PANGO_ALIGN_CENTER);
  g_autoptr(PangoLayout) right = text (self, number, FOOTER_SIZE, IND_TEXT_REGULAR, self->width / 3, PANGO_ALIGN_RIGHT);
  double y = self->page_height - self->top - FOOTER_LINE;

  pango_layout_set_ellipsize (middle, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (middle, -1);
  _ind_draw_hline (cr, self->left, y - 5, self->width, 0.5, IND_RULE);
  _ind_draw_show (cr, left, self->left, y, IND_MUTED);
  _ind_draw_show (cr, middle, self->left + self->width / 3, y, IND_MUTED);
  _ind_draw_show (cr, right, self->left + 2 * self->width / 3, y, IND_MUTED);
}

/**
 * ind_summary_layout_draw_page:
 * @cr: a context whose user space measures points from the page's top
 *   left corner, as paginated
 */
void
ind_summary_layout_draw_page (IndSummaryLayout *self,
                              cairo_t          *cr,
                              guint             page)
{
  guint end;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  end = page_end (self, page);
  for (guint i = g_array_index (self->page_starts, guint, page); i < end; i++)
    {
      const Placed *placed = &g_array_index (self->placed, Placed, i);
      const Block *block = &g_array_index (self->blocks, Block, placed->block);
      double height = placed->repeated ? block->repeat_height : block->height;

      switch (block->part)
        {
        case IND_SUMMARY_PART_TITLE:
          draw_title (self, cr, placed->y);
          break;
        case IND_SUMMARY_PART_FIGURES:
          draw_figures (self, cr, placed->y);
          break;
        case IND_SUMMARY_PART_HEADING:
          draw_heading (self, cr, block->data, placed->y);
          break;
        case IND_SUMMARY_PART_TEXT:
          draw_finding (self, cr, block->data, placed->y);
          break;
        case IND_SUMMARY_PART_LEGEND:
          draw_legend (self, cr, placed->y);
          break;
        case IND_SUMMARY_PART_CHART:
          draw_chart (self, cr, GPOINTER_TO_INT (block->data), FALSE, placed->y, height - CHART_GAP);
          break;
        case IND_SUMMARY_PART_COMPARISON_CHART:
          draw_chart (self, cr, 0, TRUE, placed->y, height - CHART_GAP);
          break;
        case IND_SUMMARY_PART_NOTE:
          draw_note (self, cr, block->data, placed->y);
          break;
        case IND_SUMMARY_PART_SUBHEADING:
          draw_subheading (self, cr, block->data, placed->y);
          break;
        case IND_SUMMARY_PART_COMPARISON_ROW:
          draw_comparison_row (self, cr, block->data, placed->y, height);
          break;
        case IND_SUMMARY_PART_CAPTION:
          draw_caption (self, cr, block->data, placed->repeated, placed->y);
          break;
        case IND_SUMMARY_PART_COLUMN_HEADER:
          draw_column_header (self, cr, &g_array_index (self->tables, Table, block->table), placed->y, height);
          break;
        case IND_SUMMARY_PART_ROW:
          if (placed->repeated)
            draw_continued_row (self, cr, block->data, placed->y, height);
          else
            draw_row (self, cr, block->data, placed->y, height);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  /* The rows' text goes to cairo in one call per font and colour: over
   * their backgrounds, and nothing is drawn over it. */
  _ind_glyph_batch_flush (self->batch, cr);
  draw_footer (self, cr, page);
}
