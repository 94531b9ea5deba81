/* ind-chart-layout.c: where every bar, slice and word of a chart goes
 *
 * The layout is computed before anything is painted, so that text can be
 * measured, thinned or left out before it could overlap other text, and
 * so that hit-testing and the tests see exactly what is painted.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ind-chart-layout-private.h"
#include "ind-draw-private.h"
#include "ind-format.h"

#define FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"
#define BASE_EM     14.0

/* Text sizes, in ems. */
#define TITLE_SIZE     1.45
#define BODY_SIZE      1.0
#define LABEL_SIZE     0.95
#define VALUE_SIZE     0.85
#define SMALL_SIZE     0.8
#define MIN_LABEL_SIZE 0.7
#define MIN_VALUE_SIZE 0.62

/* Spacing, in ems (multiples of the chart's text size, so that a
 * chart drawn larger or with larger text keeps its proportions). */

/* Around the chart: the margin, unless the chart is very small. */
#define MARGIN_EM             1.0
/* Under the title block, before what follows it. */
#define HEADER_GAP_EM         0.6
/* Above the footnote, between it and the plot. */
#define FOOTNOTE_GAP_EM       0.6
/* The least plot a footnote may leave; a longer one is left out. */
#define MIN_PLOT_HEIGHT_EM    4.0
/* The narrowest plot worth drawing, bars or donut. */
#define MIN_PLOT_WIDTH_EM     8.0

/* The legend over a bar chart: a swatch, its name, the next entry. */
#define LEGEND_SWATCH_EM      0.8
#define LEGEND_SWATCH_GAP_EM  0.4
#define LEGEND_ENTRY_GAP_EM   1.2
/* Under the legend, before the plot. */
#define LEGEND_BOTTOM_GAP_EM  0.5

/* The lowest plot that still gets bars; below it, the title only. */
#define MIN_BAR_PLOT_HEIGHT_EM 1.0
/* The widest a single bar gets: four programs on a slide would
 * otherwise get bars as thick as a finger. */
#define MAX_BAR_EM            1.6
/* Between the row labels and the axis. */
#define ROW_LABEL_GAP_EM      0.8
/* Between a bar's end and its value, or the swatch of a bar too
 * short to show its colour, or the pace mark a value goes past. */
#define BAR_LABEL_GAP_EM      0.3
/* The swatch beside a bar too short to show its colour. */
#define SHORT_BAR_SWATCH_EM   0.7
/* Past the widest value label, kept free at the right of the axis. */
#define VALUE_LABEL_ROOM_EM   0.4
/* The narrowest axis that may give room to value labels; narrower,
 * the values are left out. */
#define MIN_AXIS_WIDTH_EM     4.0
/* From the axis to the reason a row or a bar has no bar. */
#define REASON_INSET_EM       0.3
/* Between the plot and the tick labels under it. */
#define TICK_LABEL_TOP_GAP_EM 0.3
/* The least room between two tick labels side by side. */
#define TICK_LABEL_GAP_EM     1.0

/* The pace mark: its width, the gap of background beside it, how near
 * text may come before it is cut out of the mark, and between the
 * "Expected pace" label and the plot under it. */
#define PACE_MARK_EM          0.18
#define PACE_HALO_EM          0.12
#define PACE_CLEARANCE_EM     0.2
#define PACE_LABEL_GAP_EM     0.2

/* The donut's least height, and the gap between it and its legend. */
#define MIN_DONUT_HEIGHT_EM   2.0
#define DONUT_LEGEND_GAP_EM   1.5
/* In a row of the donut's legend: under a name of two lines, after the
 * swatch, and between the percentage and the name. */
#define DONUT_ROW_PAD_EM      0.4
#define DONUT_SWATCH_GAP_EM   0.5
#define DONUT_PERCENT_GAP_EM  0.6

/* Shares of the plot. */
/* Of a bar chart's width, the row labels'. */
#define ROW_LABEL_SHARE       0.4
/* Of the composition's width, the most the donut takes; the legend
 * takes the rest. */
#define DONUT_WIDTH_SHARE     0.42
/* The hole, as a share of the donut's radius. */
#define DONUT_HOLE            0.58

#define MAX_LABEL_LINES 3

G_STATIC_ASSERT (IND_CHART_MAX_BARS >= IND_N_MONEY);

typedef struct
{
  IndChartLayout        *self;
  IndReport             *report;    /* a comparison's: the latest */
  IndComparison         *comparison;  /* NULL but for the comparison chart */
  const IndChartOptions *options;
  IndItem               *scope;     /* NULL: the report's programs */
  IndComparisonRow      *scope_row; /* the same, in a comparison */
  gboolean               scope_found;
  GPtrArray             *items;     /* borrowed IndItem; IndComparisonRow
                                     * in a comparison */
  IndKind                level;     /* the kind of the items */
  const IndChartPage    *page;      /* NULL: every row, fitted to the box */
  /* Ejecución of a scope whose children do not add up to it: the money
   * no child accounts for, drawn as a row of its own after them. */
  gboolean               has_rest;
  gint64                 rest[IND_N_MONEY];
  GString               *notes;     /* footnote, one sentence per line */
  double                 pad;
  /* What is left for the plot, shrinking as parts are placed. */
  double                 top, bottom, left, right;
} Builder;

/* Text ------------------------------------------------------------------ */

static PangoLayout *
new_text (IndChartLayout *self,
          const char     *markup,
          double          size,
          PangoWeight     weight,
          double          width,
          int             max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * self->em * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static PangoLayout *
new_plain_text (IndChartLayout *self,
                const char     *text,
                double          size,
                PangoWeight     weight,
                double          width,
                int             max_lines)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return new_text (self, markup, size, weight, width, max_lines);
}

static void
text_extents (PangoLayout       *layout,
              cairo_rectangle_t *rect)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  rect->x = (double)logical.x / PANGO_SCALE;
  rect->y = (double)logical.y / PANGO_SCALE;
  rect->width = (double)logical.width / PANGO_SCALE;
  rect->height = (double)logical.height / PANGO_SCALE;
}

static double
text_width (PangoLayout *layout)
{
  cairo_rectangle_t rect;

  text_extents (layout, &rect);
  return rect.width;
}

static double
text_height (PangoLayout *layout)
{
  cairo_rectangle_t rect;

  text_extents (layout, &rect);
  return rect.height;
}

/* The height of one line of text of @size. */
static double
line_height (IndChartLayout *self,
             double          size)
{
  g_autoptr(PangoLayout) layout = new_text (self, "Ág", size, PANGO_WEIGHT_NORMAL, 0, 1);

  return text_height (layout);
}

static gboolean
rects_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  /* Texts that only touch do not overlap. */
  const double slack = 0.01;

  return a->x + slack < b->x + b->width && b->x + slack < a->x + a->width &&
         a->y + slack < b->y + b->height && b->y + slack < a->y + a->height;
}

static void
place_rect (PangoLayout       *layout,
            double             x,
            double             y,
            cairo_rectangle_t *rect)
{
  text_extents (layout, rect);
  rect->x += x;
  rect->y += y;
}

/* Whether text at @rect would stay on the chart and clear of all the
 * text placed so far. */
static gboolean
text_fits (IndChartLayout          *self,
           const cairo_rectangle_t *rect)
{
  if (rect->x < 0 || rect->y < 0 ||
      rect->x + rect->width > self->width || rect->y + rect->height > self->height)
    return FALSE;
  for (guint i = 0; i < self->texts->len; i++)
    if (rects_overlap (rect, &g_array_index (self->texts, IndChartText, i).rect))
      return FALSE;
  return TRUE;
}

/* Places @layout (taking it) with its origin at @x, @y when it fits;
 * drops it otherwise. Every text of a chart goes through here, so no two
 * can overlap. */
static gboolean
add_text (IndChartLayout *self,
          PangoLayout    *layout,
          double          x,
          double          y,
          IndChartInk     ink)
{
  IndChartText text = { layout, x, y, { 0 }, ink, IND_CHART_HALO_NONE };

  place_rect (layout, x, y, &text.rect);
  if (!text_fits (self, &text.rect))
    {
      g_object_unref (layout);
      return FALSE;
    }
  g_array_append_val (self->texts, text);
  return TRUE;
}

static void
add_mark (IndChartLayout *self,
          IndChartStyle   style,
          double          x,
          double          y,
          double          width,
          double          height)
{
  IndChartMark mark = { { x, y, width, height }, style };

  g_array_append_val (self->marks, mark);
}

/* Numbers ----------------------------------------------------------------- */

/* A step of 1, 2 or 5 times a power of ten that cuts @span into at most
 * @max_ticks parts. */
static double
nice_step (double span,
           int    max_ticks)
{
  double raw = span / MAX (max_ticks, 1);
  double magnitude = pow (10, floor (log10 (raw)));
  double normal = raw / magnitude;

  if (normal <= 1)
    return magnitude;
  if (normal <= 2)
    return 2 * magnitude;
  if (normal <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static int
decimals_for_step (double step)
{
  /* A hair below 1 still needs no decimals (floating noise). */
  if (step >= 0.999)
    return 0;
  return (int)ceil (-log10 (step) - 1e-9);
}

static char *
format_number (double value,
               int    decimals)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  return g_strdup (buffer);
}

/* "$20 M", "$0.5 M", "$500 mil": like ind_format_money_short(), with as
 * many decimals as the step between ticks needs and no more. */
static char *
format_money_tick (double centavos,
                   double step,
                   double axis_top)
{
  static const struct { double size; const char *suffix; } units[] = {
    { 1e9, " mil M" }, { 1e6, " M" }, { 1e3, " mil" }, { 1, "" },
  };
  double pesos = fabs (centavos) / 100;
  guint u = 0;
  g_autofree char *number = NULL;

  if (fabs (centavos) < step / 2)
    return g_strdup ("$0");
  while (u + 1 < G_N_ELEMENTS (units) && axis_top / 100 < units[u].size)
    u++;
  number = format_number (pesos / units[u].size, decimals_for_step (step / 100 / units[u].size));
  return g_strdup_printf ("%s$%s%s", centavos < 0 ? "-" : "", number, units[u].suffix);
}

/* Whether the values are percentages rather than centavos. */
static gboolean
is_percent (IndChartKind kind)
{
  return kind == IND_CHART_AVANCE || kind == IND_CHART_COMPARACION;
}

static char *
format_tick (IndChartLayout *self,
             double          value,
             double          step)
{
  if (is_percent (self->kind))
    return ind_format_percent (fabs (value) < step / 2 ? 0 : value, decimals_for_step (step));
  return format_money_tick (value, step, MAX (fabs (self->axis_min), fabs (self->axis_max)));
}

double
_ind_chart_layout_value_to_x (const IndChartLayout *self,
                              double                value)
{
  double span = self->axis_max - self->axis_min;

  g_return_val_if_fail (self != NULL, 0);

  if (span <= 0)
    return self->axis_x;
  return self->axis_x + (value - self->axis_min) / span * self->axis_width;
}

/* Items ------------------------------------------------------------------- */

/* "101", "C01", "A03", "C?1": the last part of the path, which is short
 * and unique among its siblings. */
static const char *
short_path (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

static const char *
short_key (IndItem *item)
{
  return short_path (ind_item_get_path (item));
}

/* "<b>101</b> NAME"; for a lost header its kind in words, after @key
 * when there is one (a scope's parent). */
static char *
name_markup (const char *key,
             const char *nombre,
             gboolean    missing,
             IndKind     kind)
{
  if (missing && key != NULL)
    return g_markup_printf_escaped ("<b>%s</b> <i>%s</i>", key, _ind_draw_missing_words (kind));
  if (missing)
    return g_markup_printf_escaped ("<i>%s</i>", _ind_draw_missing_words (kind));
  return g_markup_printf_escaped ("<b>%s</b> %s", key, nombre != NULL ? nombre : "");
}

static char *
item_markup (IndItem *item)
{
  gboolean missing = ind_item_get_missing (item);

  return name_markup (missing ? NULL : short_key (item), ind_item_get_nombre (item), missing,
                      ind_item_get_kind (item));
}

static char *
compared_markup (IndComparisonRow *row)
{
  gboolean missing = ind_comparison_row_get_missing (row);

  return name_markup (missing ? NULL : short_path (ind_comparison_row_get_path (row)),
                      ind_comparison_row_get_nombre (row), missing, ind_comparison_row_get_kind (row));
}

/* The row of the money that no child accounts for. */
static char *
rest_markup (Builder *b)
{
  return g_markup_printf_escaped ("<i>%s</i>", b->level == IND_KIND_COMPONENTE
                                               ? _("not in any component of the report")
                                               : _("not in any activity of the report"));
}

/* The label of row @i of a bar chart. */
static char *
row_markup (Builder *b,
            guint    i)
{
  if (i == b->items->len)
    return rest_markup (b);
  if (b->comparison != NULL)
    return compared_markup (g_ptr_array_index (b->items, i));
  return item_markup (g_ptr_array_index (b->items, i));
}

static gboolean
item_money (IndItem  *item,
            IndMoney  column,
            gint64   *centavos)
{
  return !ind_item_get_missing (item) && ind_item_get_money (item, column, centavos);
}

static void
collect_items (Builder *b)
{
  const char *path = b->options->scope_path;

  b->items = g_ptr_array_new ();
  b->level = IND_KIND_PROGRAMA;
  b->scope_found = TRUE;
  if (path == NULL)
    {
      for (guint i = 0; i < ind_report_get_n_programs (b->report); i++)
        g_ptr_array_add (b->items, ind_report_get_program (b->report, i));
      return;
    }

  b->scope = ind_report_find_item (b->report, path);
  b->scope_found = b->scope != NULL;
  if (b->scope == NULL)
    return;
  b->level = MIN (ind_item_get_kind (b->scope) + 1, IND_KIND_ACTIVIDAD);
  for (guint i = 0; i < ind_item_get_n_children (b->scope); i++)
    g_ptr_array_add (b->items, ind_item_get_child (b->scope, i));
}

/* What of the scope's money its children do not hold: 103's $41.1 M
 * that no component of the sample accounts for would otherwise leave a
 * chart whose scale stops at $3 M. */
static void
collect_rest (Builder *b)
{
  if (b->scope == NULL || b->items->len == 0 || b->self->kind != IND_CHART_EJECUCION)
    return;
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      if (!item_money (b->scope, m, &b->rest[m]))
        return;
      for (guint i = 0; i < b->items->len; i++)
        {
          gint64 value;

          if (item_money (g_ptr_array_index (b->items, i), m, &value))
            b->rest[m] -= value;
        }
    }
  b->has_rest = b->rest[IND_MONEY_MODIFICADO] > 0 || b->rest[IND_MONEY_DEVENGADO] > 0 ||
                b->rest[IND_MONEY_PAGADO] > 0;
}

/* Notes for the footnote, one sentence each. */
static void
add_note (Builder    *b,
          const char *note)
{
  if (b->notes->len > 0)
    g_string_append_c (b->notes, '\n');
  g_string_append (b->notes, note);
}

/* Lists the items for which @test holds, as "103/C?1, 104/C02". */
static char *
list_items (Builder  *b,
            gboolean (*test) (IndItem *item))
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < b->items->len; i++)
    {
      IndItem *item = g_ptr_array_index (b->items, i);

      if (!test (item))
        continue;
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, ind_item_get_path (item));
    }
  return g_string_free (list, list->len == 0);
}

static gboolean
is_missing (IndItem *item)
{
  return ind_item_get_missing (item);
}

static gboolean
has_no_modificado (IndItem *item)
{
  gint64 modificado;

  return !ind_item_get_missing (item) &&
         (!ind_item_get_money (item, IND_MONEY_MODIFICADO, &modificado) || modificado <= 0);
}

static void
note_missing (Builder *b)
{
  guint n = 0;

  for (guint i = 0; i < b->items->len; i++)
    n += is_missing (g_ptr_array_index (b->items, i));
  if (n > 0)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("%u row has no figures of its own: its header is missing from the report.",
                                                         "%u rows have no figures of their own: their headers are missing from the report.",
                                                         n),
                                               n);
      add_note (b, note);
    }
}

/* The frame: title, subtitle, footnote ------------------------------------ */

static const char *
chart_title (IndChartKind kind,
             IndKind      level)
{
  static const char *titles[][3] = {
    [IND_CHART_EJECUCION] = {
      N_("Budget execution by program"),
      N_("Budget execution by component"),
      N_("Budget execution by activity"),
    },
    [IND_CHART_AVANCE] = {
      N_("Spending against the expected pace, by program"),
      N_("Spending against the expected pace, by component"),
      N_("Spending against the expected pace, by activity"),
    },
    [IND_CHART_COMPOSICION] = {
      N_("Share of the Modificado by program"),
      N_("Share of the Modificado by component"),
      N_("Share of the Modificado by activity"),
    },
    [IND_CHART_COMPARACION] = {
      /* xgettext:no-c-format */
      N_("% ejercido by period, by program"),
      /* xgettext:no-c-format */
      N_("% ejercido by period, by component"),
      /* xgettext:no-c-format */
      N_("% ejercido by period, by activity"),
    },
  };

  return _(titles[kind][level]);
}

/* Adds @layout at the top of what is left, and takes its height from it. */
static void
add_text_on_top (Builder     *b,
                 PangoLayout *layout,
                 IndChartInk  ink)
{
  double h = text_height (layout);

  if (add_text (b->self, layout, b->left, b->top, ink))
    b->top += h;
}

/* The line under the title: the report's period, or the first and the
 * last periods of a comparison. */
static char *
subtitle (Builder *b)
{
  IndChartLayout *self = b->self;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (b->comparison == NULL)
    return ind_format_period (ind_report_get_period_end (b->report));
  first = ind_format_date (ind_report_get_period_end (ind_comparison_get_report (b->comparison, self->first_period)));
  last = ind_format_date (ind_report_get_period_end (b->report));
  /* Translators: the first and the last period compared, as dates */
  return g_strdup_printf (_("From %s to %s"), first, last);
}

static void
layout_header (Builder *b)
{
  IndChartLayout *self = b->self;
  double width = b->right - b->left;
  g_autofree char *period = subtitle (b);
  g_autofree char *markup = NULL;
  g_autofree char *title = NULL;

  if (b->page != NULL && b->page->bare)
    return;
  /* A page after the first says it goes on. */
  title = b->page != NULL && b->page->first_row > 0
          ? g_strdup_printf (_("%s (continued)"), chart_title (self->kind, b->level))
          : g_strdup (chart_title (self->kind, b->level));
  add_text_on_top (b, new_plain_text (self, title, TITLE_SIZE, PANGO_WEIGHT_BOLD, width, 1),
                   IND_CHART_INK_TEXT);
  add_text_on_top (b, new_plain_text (self, period, BODY_SIZE, PANGO_WEIGHT_NORMAL, width, 1),
                   IND_CHART_INK_DIM);

  /* The whole path: a component's says which program it is in; a lost
   * header's, the program's. */
  if (b->scope != NULL)
    markup = name_markup (ind_item_get_missing (b->scope) ? ind_item_get_path (ind_item_get_parent (b->scope))
                                                          : ind_item_get_path (b->scope),
                          ind_item_get_nombre (b->scope), ind_item_get_missing (b->scope),
                          ind_item_get_kind (b->scope));
  else if (b->scope_row != NULL)
    markup = name_markup (ind_comparison_row_get_missing (b->scope_row) ? NULL
                                                                        : ind_comparison_row_get_path (b->scope_row),
                          ind_comparison_row_get_nombre (b->scope_row),
                          ind_comparison_row_get_missing (b->scope_row),
                          ind_comparison_row_get_kind (b->scope_row));
  if (markup != NULL)
    add_text_on_top (b, new_text (self, markup, BODY_SIZE, PANGO_WEIGHT_NORMAL, width, 2),
                     IND_CHART_INK_TEXT);
  b->top += HEADER_GAP_EM * self->em;
}

/* The footnote sits at the bottom; the plot gets what is left. A bare
 * page has none: its rows say what a note would. */
static void
layout_footnote (Builder *b)
{
  IndChartLayout *self = b->self;
  PangoLayout *layout;
  double h;

  if (b->notes->len == 0 || (b->page != NULL && b->page->bare))
    return;
  layout = new_plain_text (self, b->notes->str, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                           b->right - b->left, 4);
  h = text_height (layout);
  /* A footnote that would squeeze the plot to nothing is left out. */
  if (b->bottom - h - b->top < MIN_PLOT_HEIGHT_EM * self->em)
    {
      g_object_unref (layout);
      return;
    }
  if (add_text (self, layout, b->left, b->bottom - h, IND_CHART_INK_DIM))
    b->bottom -= h + FOOTNOTE_GAP_EM * self->em;
}

/* Swatches and their names, left to right, wrapping when the line is
 * full. */
typedef struct
{
  IndChartStyle  style;
  const char    *label;
  gboolean       thin;   /* a line rather than a square: the pace mark */
} LegendEntry;

/* The width of the line that marks a period's pace on its bar. */
static double
pace_mark_width (IndChartLayout *self)
{
  return MAX (2, PACE_MARK_EM * self->em);
}

static void
layout_legend (Builder           *b,
               const LegendEntry *entries,
               guint              n_entries)
{
  IndChartLayout *self = b->self;
  double lh = line_height (self, LABEL_SIZE);
  double swatch = LEGEND_SWATCH_EM * self->em;
  double x = b->left, y = b->top;

  for (guint i = 0; i < n_entries; i++)
    {
      PangoLayout *layout = new_plain_text (self, entries[i].label, LABEL_SIZE,
                                            PANGO_WEIGHT_NORMAL, 0, 1);
      double w = swatch + LEGEND_SWATCH_GAP_EM * self->em + text_width (layout);

      if (x > b->left && x + w > b->right)
        {
          x = b->left;
          y += lh;
        }
      if (!add_text (self, layout, x + swatch + LEGEND_SWATCH_GAP_EM * self->em, y, IND_CHART_INK_TEXT))
        continue;
      if (entries[i].thin)
        add_mark (self, entries[i].style, x + (swatch - pace_mark_width (self)) / 2, y + 0.1 * lh,
                  pace_mark_width (self), 0.8 * lh);
      else
        add_mark (self, entries[i].style, x, y + (lh - swatch) / 2, swatch, swatch);
      x += w + LEGEND_ENTRY_GAP_EM * self->em;
    }
  b->top = y + lh + LEGEND_BOTTOM_GAP_EM * self->em;
}

static void
layout_message (Builder    *b,
                const char *message)
{
  IndChartLayout *self = b->self;
  PangoLayout *layout = new_plain_text (self, message, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                        b->right - b->left, 3);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  add_text (self, layout, b->left, (b->top + b->bottom - text_height (layout)) / 2,
            IND_CHART_INK_DIM);
}

/* Says why there is nothing to draw; FALSE when there is something. */
static gboolean
layout_empty (Builder *b)
{
  g_autofree char *message = NULL;

  if (b->items->len > 0)
    return FALSE;
  if (!b->scope_found && b->comparison != NULL)
    message = g_strdup_printf (_("There is no %s in these reports."), b->options->scope_path);
  else if (!b->scope_found)
    message = g_strdup_printf (_("There is no %s in this report."), b->options->scope_path);
  else if (b->scope != NULL)
    message = g_strdup_printf (_("%s has nothing below it to chart."), ind_item_get_path (b->scope));
  else if (b->scope_row != NULL)
    message = g_strdup_printf (_("%s has nothing below it to chart."),
                               ind_comparison_row_get_path (b->scope_row));
  else if (b->comparison != NULL)
    message = g_strdup (_("The reports have no programs."));
  else
    message = g_strdup (_("The report has no programs."));
  layout_message (b, message);
  return TRUE;
}

/* Bar charts ------------------------------------------------------------- */

/* Chooses round ticks whose labels fit side by side under the axis. */
static void
layout_axis (Builder *b,
             double   low,
             double   high,
             double   label_y)
{
  IndChartLayout *self = b->self;
  double gap = TICK_LABEL_GAP_EM * self->em;

  for (int max_ticks = 10; max_ticks >= 1; max_ticks--)
    {
      double step = nice_step (high - low, max_ticks);
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));
      double previous_end = -G_MAXDOUBLE;
      gboolean fits = TRUE;
      int n_steps;

      self->axis_min = floor (low / step + 1e-9) * step;
      self->axis_max = ceil (high / step - 1e-9) * step;
      n_steps = (int)round ((self->axis_max - self->axis_min) / step);
      g_array_set_size (self->ticks, 0);
      for (int k = 0; k <= n_steps; k++)
        {
          double v = self->axis_min + k * step;
          g_autofree char *text = format_tick (self, v, step);
          PangoLayout *layout = new_plain_text (self, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, 0, 1);
          double w = text_width (layout);
          double x = _ind_chart_layout_value_to_x (self, v) - w / 2;

          /* The outer labels stay on the chart. */
          x = CLAMP (x, b->pad, self->width - b->pad - w);
          fits = fits && x >= previous_end + gap;
          previous_end = x + w;
          g_array_append_val (self->ticks, v);
          g_array_append_val (xs, x);
          g_ptr_array_add (labels, layout);
        }
      /* With a single step left, what does not fit is left out by
       * add_text(). */
      if (!fits && max_ticks > 1)
        continue;
      for (guint i = 0; i < labels->len; i++)
        add_text (self, g_object_ref (g_ptr_array_index (labels, i)),
                  g_array_index (xs, double, i), label_y, IND_CHART_INK_DIM);
      return;
    }
}

typedef struct
{
  PangoLayout *layout;  /* NULL: no label */
  double       width;
} ValueLabel;

static void
value_labels_clear (ValueLabel *labels,
                    guint       n)
{
  for (guint i = 0; i < n; i++)
    g_clear_object (&labels[i].layout);
}

static char *
format_value (IndChartKind kind,
              double       value)
{
  if (is_percent (kind))
    return ind_format_percent (value, 1);
  return ind_format_money_short ((gint64)value);
}

static IndChartStyle
avance_style (Builder *b,
              double   ejercido)
{
  IndChartLayout *self = b->self;

  if (!self->has_pace)
    return IND_CHART_STYLE_NEUTRAL;
  switch (ind_semaforo_classify (&b->options->bands, ejercido, self->pace))
    {
    case IND_SEMAFORO_GREEN:
      return IND_CHART_STYLE_GREEN;
    case IND_SEMAFORO_YELLOW:
      return IND_CHART_STYLE_YELLOW;
    case IND_SEMAFORO_RED:
    default:
      return IND_CHART_STYLE_RED;
    }
}

/* "% ejercido" of an item with figures, as the avance chart draws it. */
static gboolean
item_ejercido (IndItem *item,
               double  *percent)
{
  return item != NULL && !ind_item_get_missing (item) &&
         ind_item_get_ejercido (item, percent) && isfinite (*percent);
}

/* A row of the comparison: one bar per period charted, the periods
 * without a figure marked absent. */
static void
collect_periods (Builder          *b,
                 IndComparisonRow *compared,
                 IndChartRow      *row)
{
  IndChartLayout *self = b->self;

  row->compared = compared;
  row->n_bars = self->n_periods;
  for (guint j = 0; j < self->n_periods; j++)
    {
      IndItem *item = ind_comparison_row_get_item (compared, self->first_period + j);

      if (item != NULL)
        row->item = item;
      if (!item_ejercido (item, &row->values[j]))
        {
          row->values[j] = 0;
          row->absent |= 1u << j;
        }
    }
}

/* Fills in the values of each row, and the range the axis must cover. */
static void
collect_values (Builder     *b,
                IndChartRow *rows,
                double      *low,
                double      *high)
{
  IndChartLayout *self = b->self;

  *low = 0;
  *high = is_percent (self->kind) ? 100 : 0;
  if (self->has_pace)
    *high = MAX (*high, self->pace);
  for (guint j = 0; j < self->n_periods; j++)
    if (self->has_period_pace[j])
      *high = MAX (*high, self->period_pace[j]);

  for (guint i = 0; i < self->n_all_rows; i++)
    {
      IndChartRow *row = &rows[i];

      if (i == b->items->len)
        {
          row->n_bars = IND_N_MONEY;
          for (guint j = 0; j < IND_N_MONEY; j++)
            row->values[j] = (double)b->rest[j];
        }
      else if (self->kind == IND_CHART_COMPARACION)
        collect_periods (b, g_ptr_array_index (b->items, i), row);
      else if (self->kind == IND_CHART_AVANCE)
        {
          row->item = g_ptr_array_index (b->items, i);
          if (item_ejercido (row->item, &row->values[0]))
            row->n_bars = 1;
        }
      else
        {
          gint64 centavos[IND_N_MONEY];

          row->item = g_ptr_array_index (b->items, i);
          if (item_money (row->item, IND_MONEY_MODIFICADO, &centavos[0]) &&
              item_money (row->item, IND_MONEY_DEVENGADO, &centavos[1]) &&
              item_money (row->item, IND_MONEY_PAGADO, &centavos[2]))
            {
              row->n_bars = IND_N_MONEY;
              for (guint j = 0; j < IND_N_MONEY; j++)
                row->values[j] = (double)centavos[j];
            }
        }
      for (guint j = 0; j < row->n_bars; j++)
        if (!(row->absent & (1u << j)))
          {
            *low = MIN (*low, row->values[j]);
            *high = MAX (*high, row->values[j]);
          }
    }
  if (*high - *low <= 0)
    *high = *low + 100000; /* all zero: an axis to $1,000 */
}

/* Value labels at @size when each fits beside its bar; FALSE when the
 * bars are too thin for them. */
static gboolean
make_value_labels (Builder     *b,
                   IndChartRow *rows,
                   guint        first,
                   guint        n,
                   ValueLabel  *labels,
                   double       slot,
                   double      *widest)
{
  IndChartLayout *self = b->self;
  double size = VALUE_SIZE;
  double vlh = line_height (self, size);

  *widest = 0;
  if (slot < vlh)
    {
      size = VALUE_SIZE * slot / vlh;
      if (size < MIN_VALUE_SIZE)
        return FALSE;
    }
  for (guint i = first; i < first + n; i++)
    for (guint j = 0; j < rows[i].n_bars; j++)
      {
        g_autofree char *text = NULL;
        ValueLabel *label = &labels[i * IND_CHART_MAX_BARS + j];

        if (rows[i].absent & (1u << j))
          continue;
        text = format_value (self->kind, rows[i].values[j]);
        label->layout = new_plain_text (self, text, size, PANGO_WEIGHT_NORMAL, 0, 1);
        label->width = text_width (label->layout);
        *widest = MAX (*widest, label->width);
      }
  return TRUE;
}

static const char *
no_bar_reason (IndChartKind  kind,
               IndItem      *item)
{
  if (ind_item_get_missing (item))
    return _("no figures");
  if (kind == IND_CHART_AVANCE)
    return _("no Modificado to compare with");
  return _("incomplete figures");
}

/* Why period @j of a comparison row has no bar. */
static const char *
absent_reason (Builder           *b,
               const IndChartRow *row,
               guint              j)
{
  IndItem *item = ind_comparison_row_get_item (row->compared, b->self->first_period + j);

  if (item == NULL)
    return _("not in this period");
  return no_bar_reason (IND_CHART_AVANCE, item);
}

static IndChartStyle
bar_style (Builder           *b,
           const IndChartRow *row,
           guint              j)
{
  IndChartLayout *self = b->self;

  switch ((int)self->kind)
    {
    case IND_CHART_EJECUCION:
      return IND_CHART_STYLE_MODIFICADO + j;
    case IND_CHART_COMPARACION:
      return _ind_chart_period_style (j, self->n_periods);
    default:
      return avance_style (b, row->values[j]);
    }
}

/* A period's pace across its bar: a line a little longer than the bar,
 * cut into the bar with a gap of the background so that it shows on
 * any colour. Returns the line's left edge; its width is
 * pace_mark_width(). */
static double
add_pace_mark (IndChartLayout          *self,
               double                   pace,
               const cairo_rectangle_t *bar,
               double                   overhang)
{
  double w = pace_mark_width (self);
  double x = _ind_chart_layout_value_to_x (self, pace) - w / 2;
  double halo_x0 = MAX (x - PACE_HALO_EM * self->em, bar->x);
  double halo_x1 = MIN (x + w + PACE_HALO_EM * self->em, bar->x + bar->width);

  if (halo_x1 > halo_x0)
    add_mark (self, IND_CHART_STYLE_PACE_HALO, halo_x0, bar->y, halo_x1 - halo_x0, bar->height);
  add_mark (self, IND_CHART_STYLE_PACE, x, bar->y - overhang, w, bar->height + 2 * overhang);
  return x;
}

/* Text from @first on that crosses the pace line is cut out of it. */
static void
cut_out_of_pace (IndChartLayout *self,
                 guint           first,
                 gboolean        striped)
{
  double reach = PACE_CLEARANCE_EM * self->em;

  if (!self->has_pace)
    return;
  for (guint i = first; i < self->texts->len; i++)
    {
      IndChartText *text = &g_array_index (self->texts, IndChartText, i);

      if (text->rect.x < self->pace_x + reach && text->rect.x + text->rect.width > self->pace_x - reach)
        text->halo = striped ? IND_CHART_HALO_STRIPE : IND_CHART_HALO_BACKGROUND;
    }
}

/* Whether text from @x, @width wide, would touch the pace mark at
 * @pace_x. */
static gboolean
over_pace (IndChartLayout *self,
           double          pace_x,
           double          x,
           double          width)
{
  double reach = PACE_CLEARANCE_EM * self->em;

  return x < pace_x + pace_mark_width (self) + reach && x + width > pace_x - reach;
}

static double
luminance (const IndChartRgb *rgb)
{
  return 0.2126 * rgb->red + 0.7152 * rgb->green + 0.0722 * rgb->blue;
}

/* The ink that reads on a fill of @style. */
static IndChartInk
ink_on (IndChartLayout *self,
        IndChartStyle   style)
{
  IndChartRgb fill;

  _ind_chart_style_color (style, self->dark, &fill);
  return luminance (&fill) < 0.55 ? IND_CHART_INK_ON_DARK : IND_CHART_INK_ON_LIGHT;
}

/* How the row labels fit: what is left for each row (@pitch), at what
 * size and on how many lines, and @thin: 1 when every row is named, k
 * when only every k-th one is. A page of slides takes as many rows as
 * have two lines of their name and a value beside each bar at full size
 * and leaves the rest to the next page; a chart fitted to its box wraps names on two lines, smaller
 * if need be, before it keeps one line, and thins them only when even
 * that does not fit. Returns the rows laid out. */
typedef struct
{
  double pitch, size, lh;
  int    lines;
  guint  thin;
} LabelFit;

static guint
fit_labels (Builder  *b,
            guint     n,
            guint     per_row,
            double    group_share,
            LabelFit *fit)
{
  IndChartLayout *self = b->self;

  fit->size = LABEL_SIZE;
  fit->lh = line_height (self, fit->size);
  fit->thin = 1;
  if (b->page != NULL)
    {
      /* values no smaller than the smallest label */
      double least = MAX (2 * fit->lh / 0.95, per_row * line_height (self, MIN_LABEL_SIZE) / group_share);

      n = b->page->n_rows > 0 ? MIN (b->page->n_rows, n) : CLAMP ((guint)(self->plot.height / least), 1, n);
      /* The last page's few rows as tall as a full page's, not taller. */
      fit->pitch = MIN (self->plot.height / n, MAX_LABEL_LINES * fit->lh / 0.95);
      self->plot.height = n * fit->pitch;
    }
  else
    fit->pitch = self->plot.height / n;

  if (fit->pitch >= 2 * fit->lh / 0.95)
    fit->lines = CLAMP ((int)(0.95 * fit->pitch / fit->lh), 2, MAX_LABEL_LINES);
  else if (fit->size * 0.95 * fit->pitch / (2 * fit->lh) >= MIN_LABEL_SIZE)
    {
      fit->size *= 0.95 * fit->pitch / (2 * fit->lh);
      fit->lh = line_height (self, fit->size);
      fit->lines = 2;
    }
  else if (fit->pitch >= fit->lh)
    fit->lines = 1;
  else
    {
      fit->size = MAX (MIN_LABEL_SIZE, fit->size * fit->pitch / fit->lh);
      fit->lh = line_height (self, fit->size);
      fit->lines = 1;
      /* A label taller than its row is centred on it: the first and
       * the last need room for the half line that sticks out. */
      if (n > 1)
        {
          double margin = (fit->lh - fit->pitch) / (2 * (1 - 1.0 / n));

          self->plot.y += margin;
          self->plot.height = MAX (self->plot.height - 2 * margin, 1);
          fit->pitch = self->plot.height / n;
        }
      fit->thin = (guint)ceil (fit->lh / fit->pitch);
    }
  return n;
}

/* The geometry every row of a bar chart shares. */
typedef struct
{
  guint    per_row;      /* bars in a row */
  double   spacing;      /* from a bar to the next, in bar heights */
  double   group_share;  /* of a row's height, its bars' */
  LabelFit fit;
  double   label_w;
  double   group_h, bar_h, bar_step;  /* a row's bars, and each one */
  double   swatch;
  gboolean grouped;
} BarGeometry;

/* How a row's bars stand, by the kind of chart: the three amounts of
 * the ejecución, a bar per period in a comparison, else one. */
static void
bar_geometry_init (Builder     *b,
                   BarGeometry *g)
{
  IndChartLayout *self = b->self;

  g->per_row = self->kind == IND_CHART_EJECUCION ? IND_N_MONEY
               : self->kind == IND_CHART_COMPARACION ? MAX (self->n_periods, 1) : 1;
  g->grouped = g->per_row > 1;
  /* The periods stand apart, so that their pace marks can stick out. */
  g->spacing = self->kind == IND_CHART_COMPARACION ? 1.3 : 1.0;
  /* More on a page of slides, whose rows are as low as their values
   * allow. */
  g->group_share = !g->grouped ? 0.62 : b->page != NULL ? 0.85 : 0.78;
}

/* The bars of a row once its height is known: as thick as the group
 * allows, but never thicker than MAX_BAR_EM. */
static void
measure_bars (IndChartLayout *self,
              BarGeometry    *g)
{
  g->label_w = self->plot.width * ROW_LABEL_SHARE;
  g->group_h = g->fit.pitch * g->group_share;
  g->bar_h = MIN (g->group_h / (g->per_row * g->spacing - (g->spacing - 1)), MAX_BAR_EM * self->em);
  g->bar_step = g->bar_h * g->spacing;
  g->group_h = g->bar_h + (g->per_row - 1) * g->bar_step;
  self->hatch = g->bar_h >= 4;
  g->swatch = MIN (SHORT_BAR_SWATCH_EM * self->em, g->bar_h);
}

/* Bar @j of @row, in the group from @group_y, and its value. */
static void
layout_bar (Builder           *b,
            const BarGeometry *g,
            IndChartRow       *row,
            guint              j,
            double             group_y,
            ValueLabel        *label)
{
  IndChartLayout *self = b->self;
  double x0 = _ind_chart_layout_value_to_x (self, MIN (0, row->values[j]));
  double x1 = _ind_chart_layout_value_to_x (self, MAX (0, row->values[j]));
  double bar_y = group_y + j * g->bar_step;
  IndChartStyle style = bar_style (b, row, j);
  double pace_x;

  if (row->absent & (1u << j))
    {
      g_autofree char *reason = g_markup_printf_escaped ("<i>%s</i>", absent_reason (b, row, j));
      PangoLayout *layout = new_text (self, reason, VALUE_SIZE, PANGO_WEIGHT_NORMAL, 0, 1);

      add_text (self, layout, self->axis_x + REASON_INSET_EM * self->em,
                bar_y + (g->bar_h - text_height (layout)) / 2, IND_CHART_INK_DIM);
      return;
    }
  row->bars[j] = (cairo_rectangle_t) { x0, bar_y, x1 - x0, g->bar_h };
  add_mark (self, style, x0, bar_y, x1 - x0, g->bar_h);
  if (self->kind == IND_CHART_COMPARACION && self->has_period_pace[j])
    pace_x = add_pace_mark (self, self->period_pace[j], &row->bars[j], (g->bar_step - g->bar_h) / 2);
  else
    pace_x = -G_MAXDOUBLE;

  /* The colour of a bar too short to see is shown beside it. */
  if (!g->grouped && x1 - x0 < g->swatch)
    {
      add_mark (self, style, x1 + BAR_LABEL_GAP_EM * self->em, bar_y + (g->bar_h - g->swatch) / 2,
                g->swatch, g->swatch);
      x1 += BAR_LABEL_GAP_EM * self->em + g->swatch;
    }

  if (label->layout != NULL)
    {
      double h = text_height (label->layout);
      double x = row->values[j] < 0 ? x0 - BAR_LABEL_GAP_EM * self->em - label->width
                                    : x1 + BAR_LABEL_GAP_EM * self->em;
      IndChartInk ink = IND_CHART_INK_TEXT;

      /* Beside the bar, unless that puts it over the pace mark:
       * then inside the bar's end if it fits there, clear of the
       * mark and on a plain fill, else past the mark. */
      if (over_pace (self, pace_x, x, label->width))
        {
          double inside = x1 - BAR_LABEL_GAP_EM * self->em - label->width;

          if (inside >= x0 + BAR_LABEL_GAP_EM * self->em && h <= g->bar_h &&
              !_ind_chart_style_is_hatched (style) &&
              !over_pace (self, pace_x, inside, label->width))
            {
              x = inside;
              ink = ink_on (self, style);
            }
          else
            x = pace_x + pace_mark_width (self) + BAR_LABEL_GAP_EM * self->em;
        }
      add_text (self, g_steal_pointer (&label->layout), x,
                bar_y + (g->bar_h - h) / 2, ink);
    }
}

/* Row @i of the chart, the @k-th on this page: its stripe, its name,
 * its bars or why it has none. */
static void
layout_row (Builder           *b,
            const BarGeometry *g,
            IndChartRow       *row,
            guint              i,
            guint              k,
            ValueLabel        *values)
{
  IndChartLayout *self = b->self;
  double pitch = g->fit.pitch;
  double y = self->plot.y + k * pitch;
  double group_y = y + (pitch - g->group_h) / 2;
  gboolean striped = k % 2 == 1 && g->fit.thin == 1;
  guint first_text;

  row->area = (cairo_rectangle_t) { self->plot.x, y, self->plot.width, pitch };
  if (striped)
    add_mark (self, IND_CHART_STYLE_STRIPE, self->plot.x, y, self->plot.width, pitch);

  if (k % g->fit.thin == 0)
    {
      g_autofree char *markup = row_markup (b, i);
      PangoLayout *label = new_text (self, markup, g->fit.size, PANGO_WEIGHT_NORMAL,
                                     g->label_w, g->fit.lines);
      double h = text_height (label);

      add_text (self, label, self->plot.x, y + (pitch - h) / 2, IND_CHART_INK_TEXT);
    }

  first_text = self->texts->len;
  if (row->n_bars == 0)
    {
      g_autofree char *reason = g_markup_printf_escaped ("<i>%s</i>",
                                                         no_bar_reason (self->kind, row->item));
      PangoLayout *layout = new_text (self, reason, VALUE_SIZE, PANGO_WEIGHT_NORMAL, 0, 1);

      add_text (self, layout, self->axis_x + REASON_INSET_EM * self->em,
                y + (pitch - text_height (layout)) / 2, IND_CHART_INK_DIM);
    }
  for (guint j = 0; j < row->n_bars; j++)
    layout_bar (b, g, row, j, group_y, &values[i * IND_CHART_MAX_BARS + j]);
  cut_out_of_pace (self, first_text, striped);
  g_array_append_val (self->rows, *row);
}

/* The axis right of the row labels; the values beside the longest
 * bars take room from its right end, or are left out when that would
 * leave the axis too short. */
static void
place_axis (IndChartLayout    *self,
            const BarGeometry *g,
            gboolean           show_values,
            double             widest,
            ValueLabel        *values,
            guint              n_values)
{
  self->axis_x = self->plot.x + g->label_w + ROW_LABEL_GAP_EM * self->em;
  self->axis_width = self->plot.x + self->plot.width - self->axis_x;
  if (show_values)
    {
      if (self->axis_width - widest - VALUE_LABEL_ROOM_EM * self->em >= MIN_AXIS_WIDTH_EM * self->em)
        self->axis_width -= widest + VALUE_LABEL_ROOM_EM * self->em;
      else
        value_labels_clear (values, n_values);
    }
  self->axis_width = MAX (self->axis_width, 1);
}

/* "Expected pace" over the plot, centred on the pace line but inside
 * the chart, in the room @pace_label_h kept above the plot. */
static void
layout_pace_label (Builder *b,
                   double   pace_label_h)
{
  IndChartLayout *self = b->self;
  g_autofree char *pace = ind_format_percent (self->pace, 1);
  g_autofree char *text = g_strdup_printf (_("Expected pace: %s"), pace);
  PangoLayout *layout = new_plain_text (self, text, SMALL_SIZE, PANGO_WEIGHT_BOLD, 0, 1);
  double w = text_width (layout);

  add_text (self, layout,
            CLAMP (self->pace_x - w / 2, b->pad, self->width - b->pad - w),
            b->top - pace_label_h - PACE_LABEL_GAP_EM * self->em, IND_CHART_INK_TEXT);
}

static void
layout_bar_chart (Builder *b)
{
  IndChartLayout *self = b->self;
  guint n_all = self->n_all_rows;
  guint first = b->page != NULL ? MIN (b->page->first_row, n_all) : 0;
  guint n = n_all - first;
  g_autofree IndChartRow *rows = g_new0 (IndChartRow, n_all);
  g_autofree ValueLabel *values = g_new0 (ValueLabel, n_all * IND_CHART_MAX_BARS);
  BarGeometry g = { 0 };
  double low, high;
  double widest = 0, axis_label_h, axis_label_y, pace_label_h = 0;
  gboolean show_values;

  bar_geometry_init (b, &g);
  /* Every row, also those of other pages: they share the axis. */
  collect_values (b, rows, &low, &high);

  /* Bottom up: the tick labels, then the plot. */
  axis_label_h = line_height (self, SMALL_SIZE);
  axis_label_y = b->bottom - axis_label_h;
  b->bottom = axis_label_y - TICK_LABEL_TOP_GAP_EM * self->em;
  if (self->has_pace)
    {
      pace_label_h = line_height (self, SMALL_SIZE);
      b->top += pace_label_h + PACE_LABEL_GAP_EM * self->em;
    }
  /* A chart too small for bars keeps its title only. */
  if (n == 0 || b->bottom - b->top < MIN_BAR_PLOT_HEIGHT_EM * self->em ||
      b->right - b->left < MIN_PLOT_WIDTH_EM * self->em)
    return;
  self->plot.x = b->left;
  self->plot.y = b->top;
  self->plot.width = b->right - b->left;
  self->plot.height = b->bottom - b->top;

  n = fit_labels (b, n, g.per_row, g.group_share, &g.fit);
  /* The tick labels right under the rows of a short last page. */
  axis_label_y = MIN (axis_label_y, self->plot.y + self->plot.height + TICK_LABEL_TOP_GAP_EM * self->em);
  self->first_row = first;
  measure_bars (self, &g);

  show_values = make_value_labels (b, rows, first, n, values, g.grouped ? g.bar_h : g.fit.pitch, &widest);
  place_axis (self, &g, show_values, widest, values, n_all * IND_CHART_MAX_BARS);

  /* The axis first: the bars are measured on it. */
  layout_axis (b, low, high, axis_label_y);
  if (self->has_pace)
    self->pace_x = _ind_chart_layout_value_to_x (self, self->pace);

  for (guint k = 0; k < n; k++)
    layout_row (b, &g, &rows[first + k], first + k, k, values);
  value_labels_clear (values, n_all * IND_CHART_MAX_BARS);

  if (self->has_pace)
    layout_pace_label (b, pace_label_h);
}

static void
layout_ejecucion (Builder *b)
{
  LegendEntry legend[IND_N_MONEY];

  for (guint j = 0; j < IND_N_MONEY; j++)
    legend[j] = (LegendEntry) { IND_CHART_STYLE_MODIFICADO + j, ind_money_label (j) };
  layout_header (b);
  if (b->items->len > 0)
    layout_legend (b, legend, G_N_ELEMENTS (legend));
  note_missing (b);
  layout_footnote (b);
  if (!layout_empty (b))
    layout_bar_chart (b);
}

static void
layout_avance (Builder *b)
{
  IndChartLayout *self = b->self;
  const LegendEntry legend[] = {
    { IND_CHART_STYLE_GREEN, ind_semaforo_label (IND_SEMAFORO_GREEN) },
    { IND_CHART_STYLE_YELLOW, ind_semaforo_label (IND_SEMAFORO_YELLOW) },
    { IND_CHART_STYLE_RED, ind_semaforo_label (IND_SEMAFORO_RED) },
  };

  self->has_pace = ind_report_get_expected_pace (b->report, &self->pace);
  layout_header (b);
  if (b->items->len > 0 && self->has_pace)
    layout_legend (b, legend, G_N_ELEMENTS (legend));
  if (self->has_pace)
    {
      g_autofree char *bands = ind_semaforo_describe_bands (&b->options->bands);
      add_note (b, bands);
    }
  else
    add_note (b, _("The report's date is unknown, so there is no pace to compare with."));
  note_missing (b);
  layout_footnote (b);
  if (!layout_empty (b))
    layout_bar_chart (b);
}

/* Comparison -------------------------------------------------------------- */

/* The rows directly below the scope: the programs when there is none. */
static void
collect_compared (Builder *b)
{
  const char *path = b->options->scope_path;
  GListModel *rows;
  gsize prefix;

  b->items = g_ptr_array_new ();
  b->level = IND_KIND_PROGRAMA;
  b->scope_found = TRUE;
  rows = ind_comparison_get_programs (b->comparison);
  if (path != NULL)
    {
      b->scope_row = ind_comparison_find_row (b->comparison, path);
      b->scope_found = b->scope_row != NULL;
      if (b->scope_row == NULL)
        return;
      b->level = MIN (ind_comparison_row_get_kind (b->scope_row) + 1, IND_KIND_ACTIVIDAD);
      rows = ind_comparison_get_rows (b->comparison);
    }

  prefix = path != NULL ? strlen (path) : 0;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(IndComparisonRow) row = g_list_model_get_item (rows, i);
      const char *row_path = ind_comparison_row_get_path (row);

      /* The comparison holds its rows: the pointer stays good. */
      if (path == NULL ||
          (ind_comparison_row_get_kind (row) == b->level && strncmp (row_path, path, prefix) == 0 &&
           row_path[prefix] == '/' && strchr (row_path + prefix + 1, '/') == NULL))
        g_ptr_array_add (b->items, row);
    }
}

/* "T1 2024 (31 de marzo de 2024)"; the date alone when it is not the
 * end of a quarter. */
static char *
period_legend (IndReport *report)
{
  const GDate *end = ind_report_get_period_end (report);
  g_autofree char *name = ind_format_period_short (end);
  g_autofree char *date = ind_format_date (end);

  if (g_str_equal (name, date))
    return g_steal_pointer (&name);
  /* Translators: a period's short name and its last day, as in
   * "T1 2024 (31 de marzo de 2024)" */
  return g_strdup_printf (_("%s (%s)"), name, date);
}

static void
layout_comparison (Builder *b)
{
  IndChartLayout *self = b->self;
  LegendEntry legend[IND_CHART_MAX_BARS + 1];
  char *labels[IND_CHART_MAX_BARS] = { NULL };
  g_autoptr(GString) paces = g_string_new (NULL);
  guint n_entries = 0;

  layout_header (b);
  for (guint j = 0; j < self->n_periods; j++)
    {
      IndReport *report = ind_comparison_get_report (b->comparison, self->first_period + j);

      labels[j] = period_legend (report);
      legend[n_entries++] = (LegendEntry) { _ind_chart_period_style (j, self->n_periods), labels[j], FALSE };
      if (self->has_period_pace[j])
        {
          g_autofree char *name = ind_format_period_short (ind_report_get_period_end (report));
          g_autofree char *pace = ind_format_percent (self->period_pace[j], 1);

          if (paces->len > 0)
            g_string_append (paces, ", ");
          /* Translators: a pace and its period, as in "25.0% en T1 2024" */
          g_string_append_printf (paces, _("%s in %s"), pace, name);
        }
    }
  if (paces->len > 0)
    legend[n_entries++] = (LegendEntry) { IND_CHART_STYLE_PACE, _("Expected pace"), TRUE };
  if (b->items->len > 0)
    layout_legend (b, legend, n_entries);
  for (guint j = 0; j < self->n_periods; j++)
    g_free (labels[j]);

  if (paces->len > 0)
    {
      g_autofree char *note = g_strdup_printf (_("The line across each bar is the expected pace of its period: %s."),
                                               paces->str);
      add_note (b, note);
    }
  if (self->first_period > 0)
    {
      g_autofree char *note = g_strdup_printf (ngettext ("%u older period is left out: the chart shows the latest %u.",
                                                         "%u older periods are left out: the chart shows the latest %u.",
                                                         self->first_period),
                                               self->first_period, IND_CHART_MAX_BARS);
      add_note (b, note);
    }
  layout_footnote (b);
  if (!layout_empty (b))
    layout_bar_chart (b);
}

/* Composition ------------------------------------------------------------- */

typedef struct
{
  IndItem *item;
  gint64   modificado;
  guint    position;
} Share;

static int
compare_shares (gconstpointer a,
                gconstpointer b)
{
  const Share *sa = a, *sb = b;

  if (sa->modificado != sb->modificado)
    return sa->modificado > sb->modificado ? -1 : 1;
  return (int)sa->position - (int)sb->position;
}

/* Whether the corners of @rect lie inside the ring of @slice. */
static gboolean
rect_in_slice (IndChartLayout          *self,
               const IndChartSlice     *slice,
               const cairo_rectangle_t *rect)
{
  for (guint corner = 0; corner < 4; corner++)
    {
      double x = rect->x + (corner & 1 ? rect->width : 0) - self->cx;
      double y = rect->y + (corner & 2 ? rect->height : 0) - self->cy;
      double r = hypot (x, y);
      double angle = atan2 (y, x);

      while (angle < slice->start)
        angle += 2 * G_PI;
      if (r < self->inner || r > self->outer || angle > slice->end)
        return FALSE;
    }
  return TRUE;
}

static void
layout_slice_label (IndChartLayout      *self,
                    const IndChartSlice *slice)
{
  g_autofree char *text = ind_format_percent (slice->share, 1);
  PangoLayout *layout = new_plain_text (self, text, VALUE_SIZE, PANGO_WEIGHT_BOLD, 0, 1);
  double mid = (slice->start + slice->end) / 2;
  double r = (self->inner + self->outer) / 2;
  cairo_rectangle_t rect;
  double x, y;

  text_extents (layout, &rect);
  x = self->cx + r * cos (mid) - rect.width / 2 - rect.x;
  y = self->cy + r * sin (mid) - rect.height / 2 - rect.y;
  place_rect (layout, x, y, &rect);
  if (!rect_in_slice (self, slice, &rect))
    {
      g_object_unref (layout);
      return;
    }
  add_text (self, layout, x, y, ink_on (self, slice->style));
}

/* The total in the hole of the donut, when it fits there. */
static void
layout_donut_center (IndChartLayout *self,
                     gint64          total)
{
  g_autofree char *amount = ind_format_money_short (total);
  g_autoptr(PangoLayout) top = new_plain_text (self, amount, TITLE_SIZE, PANGO_WEIGHT_BOLD, 0, 1);
  g_autoptr(PangoLayout) bottom = new_plain_text (self, ind_money_label (IND_MONEY_MODIFICADO),
                                                  SMALL_SIZE, PANGO_WEIGHT_NORMAL, 0, 1);
  double top_w = text_width (top), bottom_w = text_width (bottom);
  double top_h = text_height (top), h = top_h + text_height (bottom);

  if (hypot (MAX (top_w, bottom_w), h) / 2 > self->inner * 0.95)
    return;
  add_text (self, g_steal_pointer (&top), self->cx - top_w / 2, self->cy - h / 2,
            IND_CHART_INK_TEXT);
  add_text (self, g_steal_pointer (&bottom), self->cx - bottom_w / 2, self->cy - h / 2 + top_h,
            IND_CHART_INK_DIM);
}

/* What the steps of layout_composicion() share: the shares, largest
 * first, and how the donut's legend is measured. */
typedef struct
{
  GArray *shares;      /* Share, the largest first */
  gint64  total;       /* the Modificado of every share */
  guint   n_rows;      /* rows of the legend, "Others" included */
  guint   shown;       /* shares with a slice of their own */
  gint64  others;      /* the Modificado of the rest, in one slice */
  double  lh, row_h;
  int     name_lines;
  double  legend_x, legend_y, legend_w;
  double  pct_w;       /* the widest percentage: they align on the right */
  double  angle;       /* where the next slice starts */
} Donut;

/* The notes come before the donut: the footnote takes its room first. */
static void
layout_composicion_notes (Builder *b)
{
  g_autofree char *excluded = NULL;

  layout_header (b);
  note_missing (b);
  excluded = list_items (b, has_no_modificado);
  if (excluded != NULL)
    {
      g_autofree char *note = g_strdup_printf (_("Left out for having no Modificado: %s."), excluded);
      add_note (b, note);
    }
  layout_footnote (b);
}

/* The items with a Modificado above zero, the largest first; an item
 * without one has no slice (the footnote names it). */
static void
collect_shares (Builder *b,
                Donut   *d)
{
  for (guint i = 0; i < b->items->len; i++)
    {
      Share share = { g_ptr_array_index (b->items, i), 0, i };

      if (item_money (share.item, IND_MONEY_MODIFICADO, &share.modificado) &&
          share.modificado > 0)
        {
          g_array_append_val (d->shares, share);
          d->total += share.modificado;
        }
    }
  g_array_sort (d->shares, compare_shares);
}

/* The donut on the left, as tall as the plot, and its legend beside
 * it: one row a slice, the smallest shares together as "Others" when
 * they do not all fit. FALSE when the plot is too small for both. */
static gboolean
place_donut (Builder *b,
             Donut   *d)
{
  IndChartLayout *self = b->self;
  double diameter;
  guint max_rows;

  if (b->bottom - b->top < MIN_DONUT_HEIGHT_EM * self->em ||
      b->right - b->left < MIN_PLOT_WIDTH_EM * self->em)
    return FALSE;
  self->plot = (cairo_rectangle_t) { b->left, b->top, b->right - b->left, b->bottom - b->top };
  d->lh = line_height (self, LABEL_SIZE);
  d->row_h = d->lh * 1.25;
  max_rows = MAX ((guint)(self->plot.height / d->row_h), 1);
  d->n_rows = MIN (MIN (d->shares->len, IND_CHART_N_SLICE_STYLES + 1), max_rows);
  d->shown = d->n_rows < d->shares->len ? d->n_rows - 1 : d->n_rows;
  for (guint i = d->shown; i < d->shares->len; i++)
    d->others += g_array_index (d->shares, Share, i).modificado;

  /* Long names may take two lines when there is room. */
  d->name_lines = self->plot.height / d->n_rows >= 2.5 * d->lh ? 2 : 1;
  d->row_h = MAX (d->row_h, d->name_lines * d->lh + DONUT_ROW_PAD_EM * self->em);

  diameter = MIN (self->plot.height, self->plot.width * DONUT_WIDTH_SHARE);
  self->outer = diameter / 2;
  self->inner = self->outer * DONUT_HOLE;
  self->cx = self->plot.x + self->outer;
  self->cy = self->plot.y + self->plot.height / 2;

  d->legend_x = self->plot.x + diameter + DONUT_LEGEND_GAP_EM * self->em;
  d->legend_w = self->plot.x + self->plot.width - d->legend_x;
  d->legend_y = self->cy - d->n_rows * d->row_h / 2;
  {
    g_autoptr(PangoLayout) widest = new_plain_text (self, "100.0%", LABEL_SIZE, PANGO_WEIGHT_BOLD, 0, 1);
    d->pct_w = text_width (widest);
  }
  return TRUE;
}

/* Row @i of the legend and its slice: the largest shares one by one,
 * then "Others". A row's swatch, its percentage and its name. */
static void
layout_share_row (IndChartLayout *self,
                  Donut          *d,
                  guint           i)
{
  gboolean is_others = i == d->shown;
  IndItem *item = is_others ? NULL : g_array_index (d->shares, Share, i).item;
  gint64 amount = is_others ? d->others : g_array_index (d->shares, Share, i).modificado;
  IndChartSlice slice = { item, d->angle, 0, 100.0 * amount / d->total,
                          is_others ? IND_CHART_STYLE_OTHERS : IND_CHART_STYLE_SLICE_0 + i };
  IndChartRow row = { .item = item, .area = { d->legend_x, d->legend_y + i * d->row_h,
                                              d->legend_w, d->row_h } };
  double swatch = LEGEND_SWATCH_EM * self->em;
  double text_x = d->legend_x + swatch + DONUT_SWATCH_GAP_EM * self->em;
  g_autofree char *pct = ind_format_percent (slice.share, 1);
  g_autofree char *name = NULL;
  PangoLayout *layout;

  slice.end = d->angle + 2 * G_PI * amount / d->total;
  d->angle = slice.end;
  g_array_append_val (self->slices, slice);

  row.values[0] = (double)amount;
  g_array_append_val (self->rows, row);

  add_mark (self, slice.style, d->legend_x, row.area.y + (d->row_h - swatch) / 2, swatch, swatch);
  layout = new_plain_text (self, pct, LABEL_SIZE, PANGO_WEIGHT_BOLD, 0, 1);
  add_text (self, layout, text_x + d->pct_w - text_width (layout),
            row.area.y + (d->row_h - d->lh) / 2, IND_CHART_INK_TEXT);

  if (is_others)
    {
      g_autofree char *count = g_strdup_printf (_("Others (%u)"), d->shares->len - d->shown);
      name = g_markup_escape_text (count, -1);
    }
  else
    name = item_markup (item);
  layout = new_text (self, name, LABEL_SIZE, PANGO_WEIGHT_NORMAL,
                     d->legend_x + d->legend_w - text_x - d->pct_w - DONUT_PERCENT_GAP_EM * self->em,
                     d->name_lines);
  add_text (self, layout, text_x + d->pct_w + DONUT_PERCENT_GAP_EM * self->em,
            row.area.y + (d->row_h - text_height (layout)) / 2, IND_CHART_INK_TEXT);
}

static void
layout_composicion (Builder *b)
{
  IndChartLayout *self = b->self;
  g_autoptr(GArray) shares = g_array_new (FALSE, FALSE, sizeof (Share));
  /* The first slice starts at twelve o'clock. */
  Donut d = { .shares = shares, .angle = -G_PI / 2 };

  layout_composicion_notes (b);
  if (layout_empty (b))
    return;
  collect_shares (b, &d);
  if (d.shares->len == 0)
    {
      layout_message (b, _("There is no Modificado to divide."));
      return;
    }
  if (!place_donut (b, &d))
    return;

  for (guint i = 0; i < d.n_rows; i++)
    layout_share_row (self, &d, i);
  for (guint i = 0; i < self->slices->len; i++)
    layout_slice_label (self, &g_array_index (self->slices, IndChartSlice, i));
  layout_donut_center (self, d.total);
}

/* The layout ------------------------------------------------------------ */

static void
text_clear (gpointer data)
{
  IndChartText *text = data;

  g_clear_object (&text->layout);
}

/* Fonts measure the same on every surface: the widget hit-tests on a
 * scratch surface what it painted on another. */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (font_options);
  return context;
}

static IndChartLayout *
layout_alloc (cairo_t               *cr,
              IndChartKind           kind,
              double                 width,
              double                 height,
              const IndChartOptions *options)
{
  IndChartLayout *self = g_new0 (IndChartLayout, 1);

  self->kind = kind;
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->em = BASE_EM * (options->text_scale > 0 ? options->text_scale : 1.0);
  self->dark = options->dark;
  self->context = create_context (cr);
  self->texts = g_array_new (FALSE, TRUE, sizeof (IndChartText));
  g_array_set_clear_func (self->texts, text_clear);
  self->marks = g_array_new (FALSE, TRUE, sizeof (IndChartMark));
  self->rows = g_array_new (FALSE, TRUE, sizeof (IndChartRow));
  self->slices = g_array_new (FALSE, TRUE, sizeof (IndChartSlice));
  self->ticks = g_array_new (FALSE, TRUE, sizeof (double));
  return self;
}

static void
builder_init (Builder               *b,
              IndChartLayout        *self,
              const IndChartOptions *options)
{
  b->self = self;
  b->options = options;
  b->notes = g_string_new (NULL);
  b->pad = MIN (MARGIN_EM * self->em, MIN (self->width, self->height) * 0.05);
  b->left = b->pad;
  b->right = self->width - b->pad;
  b->top = b->pad;
  b->bottom = self->height - b->pad;
}

static IndChartLayout *
builder_finish (Builder *b)
{
  g_ptr_array_unref (b->items);
  g_string_free (b->notes, TRUE);
  return b->self;
}

/**
 * _ind_chart_layout_new:
 * @cr: used only to measure text
 *
 * Places everything the chart will paint, in a @width × @height box with
 * its origin at 0, 0.
 */
IndChartLayout *
_ind_chart_layout_new (cairo_t               *cr,
                       IndReport             *report,
                       IndChartKind           kind,
                       double                 width,
                       double                 height,
                       const IndChartOptions *options)
{
  return _ind_chart_layout_new_page (cr, report, kind, width, height, options, NULL);
}

/**
 * _ind_chart_layout_new_page:
 * @page: (nullable): which rows of a bar chart, for one of several pages;
 *   NULL for every row in the box
 *
 * The rows laid out are layout->rows, from layout->first_row on, of
 * layout->n_all_rows: a next page starts where this one ends.
 */
IndChartLayout *
_ind_chart_layout_new_page (cairo_t               *cr,
                            IndReport             *report,
                            IndChartKind           kind,
                            double                 width,
                            double                 height,
                            const IndChartOptions *options,
                            const IndChartPage    *page)
{
  Builder b = { 0 };

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  g_return_val_if_fail (kind <= IND_CHART_COMPOSICION, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  builder_init (&b, layout_alloc (cr, kind, width, height, options), options);
  b.report = report;
  b.page = page;
  collect_items (&b);
  collect_rest (&b);
  b.self->n_all_rows = b.items->len + (b.has_rest ? 1 : 0);

  switch (kind)
    {
    case IND_CHART_EJECUCION:
      layout_ejecucion (&b);
      break;
    case IND_CHART_AVANCE:
      layout_avance (&b);
      break;
    case IND_CHART_COMPOSICION:
    default:
      layout_composicion (&b);
      break;
    }
  return builder_finish (&b);
}

/**
 * _ind_chart_layout_new_comparison:
 *
 * The same for the chart of % ejercido by period: the rows point into
 * @comparison, which must outlive the layout.
 */
IndChartLayout *
_ind_chart_layout_new_comparison (cairo_t               *cr,
                                  IndComparison         *comparison,
                                  double                 width,
                                  double                 height,
                                  const IndChartOptions *options)
{
  IndChartLayout *self;
  Builder b = { 0 };
  guint n;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (IND_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = layout_alloc (cr, IND_CHART_COMPARACION, width, height, options);
  builder_init (&b, self, options);
  n = ind_comparison_get_n_periods (comparison);
  self->n_periods = MIN (n, IND_CHART_MAX_BARS);
  self->first_period = n - self->n_periods;
  for (guint j = 0; j < self->n_periods; j++)
    self->has_period_pace[j] =
      ind_report_get_expected_pace (ind_comparison_get_report (comparison, self->first_period + j),
                                    &self->period_pace[j]);
  b.comparison = comparison;
  b.report = ind_comparison_get_report (comparison, n - 1);
  collect_compared (&b);
  self->n_all_rows = b.items->len;
  layout_comparison (&b);
  return builder_finish (&b);
}

void
_ind_chart_layout_free (IndChartLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->texts);
  g_array_unref (self->marks);
  g_array_unref (self->rows);
  g_array_unref (self->slices);
  g_array_unref (self->ticks);
  g_object_unref (self->context);
  g_free (self);
}

/* Colours ----------------------------------------------------------------- */

static void
hex_color (guint32      hex,
           IndChartRgb *rgb)
{
  rgb->red = ((hex >> 16) & 0xff) / 255.0;
  rgb->green = ((hex >> 8) & 0xff) / 255.0;
  rgb->blue = (hex & 0xff) / 255.0;
}

/* Okabe–Ito colours, which stay apart for every common colour-vision
 * deficiency. The three money columns also differ in lightness, and
 * Pagado and red are hatched, so they read in grey as well. */
void
_ind_chart_style_color (IndChartStyle  style,
                        gboolean       dark,
                        IndChartRgb   *rgb)
{
  static const guint32 colors[IND_CHART_N_STYLES] = {
    [IND_CHART_STYLE_STRIPE]     = 0xf3f3f3,
    [IND_CHART_STYLE_MODIFICADO] = 0x9bd0f0,  /* a light sky blue */
    [IND_CHART_STYLE_DEVENGADO]  = 0x0072b2,  /* blue */
    [IND_CHART_STYLE_PAGADO]     = 0xe69f00,  /* orange */
    [IND_CHART_STYLE_GREEN]      = 0x009e73,  /* bluish green */
    [IND_CHART_STYLE_YELLOW]     = 0xe69f00,  /* orange reads better than yellow on white */
    [IND_CHART_STYLE_RED]        = 0xd55e00,  /* vermillion */
    [IND_CHART_STYLE_NEUTRAL]    = 0x56b4e9,  /* sky blue */
    /* Slices alternate dark and light, so neighbours differ in grey. */
    [IND_CHART_STYLE_SLICE_0]    = 0x0072b2,
    [IND_CHART_STYLE_SLICE_1]    = 0xe69f00,
    [IND_CHART_STYLE_SLICE_2]    = 0x009e73,
    [IND_CHART_STYLE_SLICE_3]    = 0xf0e442,
    [IND_CHART_STYLE_SLICE_4]    = 0xd55e00,
    [IND_CHART_STYLE_SLICE_5]    = 0x9bd0f0,
    [IND_CHART_STYLE_SLICE_6]    = 0xcc79a7,
    [IND_CHART_STYLE_OTHERS]     = 0xb4b4b4,
    /* The latest period darkest; the third is hatched like Pagado. */
    [IND_CHART_STYLE_PERIOD_0]   = 0x0072b2,
    [IND_CHART_STYLE_PERIOD_1]   = 0x9bd0f0,
    [IND_CHART_STYLE_PERIOD_2]   = 0xe69f00,
    [IND_CHART_STYLE_PERIOD_3]   = 0xcc79a7,
  };

  g_return_if_fail (style < IND_CHART_N_STYLES);

  if (style == IND_CHART_STYLE_PACE)
    _ind_chart_ink_color (IND_CHART_INK_TEXT, dark, rgb);
  else if (style == IND_CHART_STYLE_PACE_HALO)
    _ind_chart_background_color (dark, rgb);
  else if (dark && style == IND_CHART_STYLE_STRIPE)
    hex_color (0x2a2a2a, rgb);
  else if (dark && style == IND_CHART_STYLE_OTHERS)
    hex_color (0x6e6e6e, rgb);
  else
    hex_color (colors[style], rgb);
}

gboolean
_ind_chart_style_is_hatched (IndChartStyle style)
{
  return style == IND_CHART_STYLE_PAGADO || style == IND_CHART_STYLE_RED ||
         style == IND_CHART_STYLE_PERIOD_2;
}

/* The style of period @period (0: the oldest) of @n_periods charted. */
IndChartStyle
_ind_chart_period_style (guint period,
                         guint n_periods)
{
  g_return_val_if_fail (period < n_periods && n_periods <= IND_CHART_MAX_BARS, IND_CHART_STYLE_PERIOD_0);

  return IND_CHART_STYLE_PERIOD_0 + (n_periods - 1 - period);
}

void
_ind_chart_ink_color (IndChartInk  ink,
                      gboolean     dark,
                      IndChartRgb *rgb)
{
  switch (ink)
    {
    case IND_CHART_INK_TEXT:
      hex_color (dark ? 0xf2f2f2 : 0x1a1a1a, rgb);
      break;
    case IND_CHART_INK_DIM:
      hex_color (dark ? 0xb0b0b0 : 0x5a5a5a, rgb);
      break;
    case IND_CHART_INK_ON_DARK:
      hex_color (0xffffff, rgb);
      break;
    case IND_CHART_INK_ON_LIGHT:
    default:
      hex_color (0x1a1a1a, rgb);
      break;
    }
}

void
_ind_chart_background_color (gboolean     dark,
                             IndChartRgb *rgb)
{
  hex_color (dark ? 0x1e1e1e : 0xffffff, rgb);
}
