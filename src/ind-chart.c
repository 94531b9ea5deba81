/* ind-chart.c: painting a chart's layout, and charts as files
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ind-atomic-file.h"
#include "ind-chart-layout-private.h"
#include "ind-chart-private.h"
#include "ind-error.h"

G_DEFINE_ENUM_TYPE (IndChartKind, ind_chart_kind,
  G_DEFINE_ENUM_VALUE (IND_CHART_EJECUCION, "ejecucion"),
  G_DEFINE_ENUM_VALUE (IND_CHART_AVANCE, "avance"),
  G_DEFINE_ENUM_VALUE (IND_CHART_COMPOSICION, "composicion"))

/* The layout of a chart one em tall would fit a slide of this size. */
#define SCREEN_WIDTH  960.0
#define SCREEN_HEIGHT 540.0

void
ind_chart_options_init (IndChartOptions *options)
{
  g_return_if_fail (options != NULL);

  options->scope_path = NULL;
  ind_semaforo_bands_init (&options->bands);
  options->dark = FALSE;
  options->text_scale = 1.0;
}

/* The text scale at which a chart of @width × @height reads like the
 * same chart in a window of 960 × 540 (2.0 for a 1920 × 1080 slide). */
double
ind_chart_text_scale_for_size (double width,
                               double height)
{
  return CLAMP (MIN (width / SCREEN_WIDTH, height / SCREEN_HEIGHT), 0.5, 8.0);
}

/* "ejecucion", "avance", "composicion": for the command line, and the
 * nicks of IND_TYPE_CHART_KIND. */
const char *
ind_chart_kind_to_string (IndChartKind kind)
{
  static const char *names[] = { "ejecucion", "avance", "composicion" };

  g_return_val_if_fail (kind <= IND_CHART_COMPOSICION, NULL);
  return names[kind];
}

/* Also takes the names with their accents, as a user may type them. */
gboolean
ind_chart_kind_from_string (const char   *name,
                            IndChartKind *kind)
{
  static const struct { const char *name; IndChartKind kind; } names[] = {
    { "ejecucion", IND_CHART_EJECUCION },
    { "ejecución", IND_CHART_EJECUCION },
    { "avance", IND_CHART_AVANCE },
    { "composicion", IND_CHART_COMPOSICION },
    { "composición", IND_CHART_COMPOSICION },
  };
  g_autofree char *folded = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  folded = g_utf8_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (folded, names[i].name))
      {
        if (kind != NULL)
          *kind = names[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* Painting ---------------------------------------------------------------- */

static void
set_source (cairo_t           *cr,
            const IndChartRgb *rgb,
            double             alpha)
{
  cairo_set_source_rgba (cr, rgb->red, rgb->green, rgb->blue, alpha);
}

/* Diagonal lines over the current clip, in the background colour, so
 * that hatched fills differ from plain ones in grey too. */
static void
paint_hatching (cairo_t                 *cr,
                const IndChartLayout    *layout,
                const cairo_rectangle_t *box)
{
  double spacing = MAX (5, 0.5 * layout->em);
  IndChartRgb background;

  _ind_chart_background_color (layout->dark, &background);
  for (double d = box->x - box->height; d < box->x + box->width; d += spacing)
    {
      cairo_move_to (cr, d, box->y + box->height);
      cairo_line_to (cr, d + box->height, box->y);
    }
  set_source (cr, &background, 0.55);
  cairo_set_line_width (cr, spacing * 0.3);
  cairo_stroke (cr);
}

/* All marks of one style are filled as one path: a thousand bars cost a
 * single fill. */
static void
paint_marks (cairo_t              *cr,
             const IndChartLayout *layout,
             IndChartStyle         style)
{
  cairo_rectangle_t box = { 0 };
  double x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  gboolean any = FALSE;
  IndChartRgb rgb;

  box.x = box.y = G_MAXDOUBLE;
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const IndChartMark *mark = &g_array_index (layout->marks, IndChartMark, i);

      if (mark->style != style || mark->rect.width <= 0 || mark->rect.height <= 0)
        continue;
      cairo_rectangle (cr, mark->rect.x, mark->rect.y, mark->rect.width, mark->rect.height);
      box.x = MIN (box.x, mark->rect.x);
      box.y = MIN (box.y, mark->rect.y);
      x1 = MAX (x1, mark->rect.x + mark->rect.width);
      y1 = MAX (y1, mark->rect.y + mark->rect.height);
      any = TRUE;
    }
  if (!any)
    return;

  _ind_chart_style_color (style, layout->dark, &rgb);
  set_source (cr, &rgb, 1);
  cairo_save (cr);
  /* Marks are rectangles: without antialiasing they fill whole pixels,
   * crisper and several times faster (a thousand programs take 2 ms
   * instead of 9). */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  if (!_ind_chart_style_is_hatched (style) || !layout->hatch)
    cairo_fill (cr);
  else
    {
      box.width = x1 - box.x;
      box.height = y1 - box.y;
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
      paint_hatching (cr, layout, &box);
    }
  cairo_restore (cr);
}

static void
paint_grid (cairo_t              *cr,
            const IndChartLayout *layout)
{
  double line = MAX (1, layout->em / 14);
  IndChartRgb grid;

  if (layout->kind == IND_CHART_COMPOSICION)
    return;
  if (layout->dark)
    grid = (IndChartRgb) { 0.23, 0.23, 0.23 };
  else
    grid = (IndChartRgb) { 0.86, 0.86, 0.86 };
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      double x = _ind_chart_layout_value_to_x (layout, g_array_index (layout->ticks, double, i));

      cairo_move_to (cr, x, layout->plot.y);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
    }
  set_source (cr, &grid, 1);
  cairo_set_line_width (cr, line);
  cairo_stroke (cr);
}

/* The zero line and the pace, over the bars. */
static void
paint_lines (cairo_t              *cr,
             const IndChartLayout *layout)
{
  IndChartRgb ink;
  double zero;

  if (layout->kind == IND_CHART_COMPOSICION || layout->rows->len == 0)
    return;

  _ind_chart_ink_color (IND_CHART_INK_DIM, layout->dark, &ink);
  zero = _ind_chart_layout_value_to_x (layout, 0);
  cairo_move_to (cr, zero, layout->plot.y);
  cairo_line_to (cr, zero, layout->plot.y + layout->plot.height);
  set_source (cr, &ink, 1);
  cairo_set_line_width (cr, MAX (1, layout->em / 10));
  cairo_stroke (cr);

  if (layout->has_pace)
    {
      double dashes[] = { 0.5 * layout->em, 0.3 * layout->em };

      _ind_chart_ink_color (IND_CHART_INK_TEXT, layout->dark, &ink);
      cairo_save (cr);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, layout->pace_x, layout->plot.y);
      cairo_line_to (cr, layout->pace_x, layout->plot.y + layout->plot.height);
      set_source (cr, &ink, 1);
      cairo_set_line_width (cr, MAX (1.5, 0.14 * layout->em));
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
paint_slices (cairo_t              *cr,
              const IndChartLayout *layout)
{
  IndChartRgb background;

  _ind_chart_background_color (layout->dark, &background);
  cairo_set_line_width (cr, MAX (1.5, 0.12 * layout->em));
  for (guint i = 0; i < layout->slices->len; i++)
    {
      const IndChartSlice *slice = &g_array_index (layout->slices, IndChartSlice, i);
      IndChartRgb rgb;

      cairo_new_path (cr);
      cairo_arc (cr, layout->cx, layout->cy, layout->outer, slice->start, slice->end);
      cairo_arc_negative (cr, layout->cx, layout->cy, layout->inner, slice->end, slice->start);
      cairo_close_path (cr);
      _ind_chart_style_color (slice->style, layout->dark, &rgb);
      set_source (cr, &rgb, 1);
      if (layout->slices->len == 1)
        {
          cairo_fill (cr);
          continue;
        }
      cairo_fill_preserve (cr);
      set_source (cr, &background, 1);
      cairo_stroke (cr);
    }
}

static void
paint_texts (cairo_t              *cr,
             const IndChartLayout *layout)
{
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const IndChartText *text = &g_array_index (layout->texts, IndChartText, i);
      IndChartRgb ink;

      if (text->halo != IND_CHART_HALO_NONE)
        {
          IndChartRgb halo;

          if (text->halo == IND_CHART_HALO_STRIPE)
            _ind_chart_style_color (IND_CHART_STYLE_STRIPE, layout->dark, &halo);
          else
            _ind_chart_background_color (layout->dark, &halo);
          cairo_rectangle (cr, text->rect.x - 0.15 * layout->em, text->rect.y,
                           text->rect.width + 0.3 * layout->em, text->rect.height);
          set_source (cr, &halo, 1);
          cairo_fill (cr);
        }
      _ind_chart_ink_color (text->ink, layout->dark, &ink);
      set_source (cr, &ink, 1);
      cairo_move_to (cr, text->x, text->y);
      pango_cairo_show_layout (cr, text->layout);
    }
}

static void
paint (cairo_t              *cr,
       const IndChartLayout *layout)
{
  IndChartRgb background;

  _ind_chart_background_color (layout->dark, &background);
  set_source (cr, &background, 1);
  cairo_paint (cr);

  paint_marks (cr, layout, IND_CHART_STYLE_STRIPE);
  paint_grid (cr, layout);
  for (IndChartStyle style = IND_CHART_STYLE_STRIPE + 1; style < IND_CHART_N_STYLES; style++)
    paint_marks (cr, layout, style);
  paint_slices (cr, layout);
  paint_lines (cr, layout);
  paint_texts (cr, layout);
}

static const IndChartOptions *
options_or_defaults (const IndChartOptions *options,
                     IndChartOptions       *defaults)
{
  if (options != NULL)
    return options;
  ind_chart_options_init (defaults);
  return defaults;
}

/* What a chart is drawn from: a report and a kind, or a comparison. */
typedef struct
{
  IndReport          *report;
  IndChartKind        kind;
  IndComparison      *comparison;
  const IndChartPage *page;
} Subject;

static IndChartLayout *
layout_subject (cairo_t               *cr,
                const Subject         *subject,
                double                 width,
                double                 height,
                const IndChartOptions *options)
{
  if (subject->comparison != NULL)
    return _ind_chart_layout_new_comparison (cr, subject->comparison, width, height, options);
  return _ind_chart_layout_new_page (cr, subject->report, subject->kind, width, height, options, subject->page);
}

static void
draw_subject (cairo_t               *cr,
              const Subject         *subject,
              double                 width,
              double                 height,
              const IndChartOptions *options)
{
  g_autoptr(IndChartLayout) layout = NULL;
  IndChartOptions defaults;

  if (width < 1 || height < 1)
    return;
  options = options_or_defaults (options, &defaults);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);
  layout = layout_subject (cr, subject, width, height, options);
  paint (cr, layout);
  cairo_restore (cr);
}

/**
 * ind_chart_draw:
 * @cr: where to draw, with the chart's top-left corner at 0, 0
 * @options: (nullable): NULL for the defaults
 *
 * Paints the whole @width × @height box, background included, and
 * nothing outside it.
 */
void
ind_chart_draw (cairo_t               *cr,
                IndReport             *report,
                IndChartKind           kind,
                double                 width,
                double                 height,
                const IndChartOptions *options)
{
  Subject subject = { report, kind, NULL, NULL };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (kind <= IND_CHART_COMPOSICION);

  draw_subject (cr, &subject, width, height, options);
}

/**
 * _ind_chart_draw_page:
 *
 * ind_chart_draw() of one page of a bar chart cut over several, as
 * _ind_chart_layout_new_page() lays it out.
 */
void
_ind_chart_draw_page (cairo_t               *cr,
                      IndReport             *report,
                      IndChartKind           kind,
                      double                 width,
                      double                 height,
                      const IndChartOptions *options,
                      const IndChartPage    *page)
{
  Subject subject = { report, kind, NULL, page };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (kind <= IND_CHART_COMPOSICION);

  draw_subject (cr, &subject, width, height, options);
}

/**
 * ind_chart_draw_comparison:
 * @options: (nullable): NULL for the defaults; scope_path, when set,
 *   charts the components of a program or the activities of a component
 *
 * The chart of % ejercido by period: one bar per period for each
 * program (the latest four periods at most), each with the expected
 * pace of its period marked across it. Paints the whole @width ×
 * @height box and nothing outside it, as ind_chart_draw() does.
 */
void
ind_chart_draw_comparison (cairo_t               *cr,
                           IndComparison         *comparison,
                           double                 width,
                           double                 height,
                           const IndChartOptions *options)
{
  Subject subject = { NULL, 0, comparison, NULL };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (IND_IS_COMPARISON (comparison));

  draw_subject (cr, &subject, width, height, options);
}

static gboolean
rect_contains (const cairo_rectangle_t *rect,
               double                   x,
               double                   y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/* The slice under @x, @y; FALSE when the point is off the ring. */
static gboolean
slice_at (const IndChartLayout *layout,
          double                x,
          double                y,
          IndItem             **item)
{
  double r = hypot (x - layout->cx, y - layout->cy);
  double angle = atan2 (y - layout->cy, x - layout->cx);

  if (layout->slices->len == 0 || r < layout->inner || r > layout->outer)
    return FALSE;
  for (guint i = 0; i < layout->slices->len; i++)
    {
      const IndChartSlice *slice = &g_array_index (layout->slices, IndChartSlice, i);
      double a = angle;

      while (a < slice->start)
        a += 2 * G_PI;
      if (a <= slice->end)
        {
          *item = slice->item;
          return TRUE;
        }
    }
  return FALSE;
}

/* The layout as drawn, measured on a scratch surface. */
static IndChartLayout *
measure_subject (const Subject         *subject,
                 double                 width,
                 double                 height,
                 const IndChartOptions *options)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  IndChartOptions defaults;
  IndChartLayout *layout;

  options = options_or_defaults (options, &defaults);
  layout = layout_subject (cr, subject, width, height, options);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return layout;
}

static const IndChartRow *
row_at (const IndChartLayout *layout,
        double                x,
        double                y)
{
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const IndChartRow *row = &g_array_index (layout->rows, IndChartRow, i);

      if (rect_contains (&row->area, x, y))
        return row;
    }
  return NULL;
}

/**
 * ind_chart_item_at:
 *
 * The item whose row, bar, slice or legend line is at @x, @y of a chart
 * drawn with the same arguments; NULL for none, or for the slice that
 * gathers several items. The report owns the item.
 */
IndItem *
ind_chart_item_at (IndReport             *report,
                   IndChartKind           kind,
                   double                 width,
                   double                 height,
                   const IndChartOptions *options,
                   double                 x,
                   double                 y)
{
  g_autoptr(IndChartLayout) layout = NULL;
  Subject subject = { report, kind, NULL, NULL };
  const IndChartRow *row;
  IndItem *item = NULL;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  g_return_val_if_fail (kind <= IND_CHART_COMPOSICION, NULL);

  if (width < 1 || height < 1)
    return NULL;
  layout = measure_subject (&subject, width, height, options);
  if (slice_at (layout, x, y, &item))
    return item;
  row = row_at (layout, x, y);
  return row != NULL ? row->item : NULL;
}

/**
 * ind_chart_comparison_item_at:
 * @period: (out) (optional): the period of the bar at @x, @y (0: the
 *   oldest of the comparison), or G_MAXUINT off the bars
 *
 * The row whose label or bars are at @x, @y of a comparison chart drawn
 * with the same arguments; NULL for none. The comparison owns the row.
 */
IndComparisonRow *
ind_chart_comparison_item_at (IndComparison         *comparison,
                              double                 width,
                              double                 height,
                              const IndChartOptions *options,
                              double                 x,
                              double                 y,
                              guint                 *period)
{
  g_autoptr(IndChartLayout) layout = NULL;
  Subject subject = { NULL, 0, comparison, NULL };
  const IndChartRow *row;

  g_return_val_if_fail (IND_IS_COMPARISON (comparison), NULL);

  if (period != NULL)
    *period = G_MAXUINT;
  if (width < 1 || height < 1)
    return NULL;
  layout = measure_subject (&subject, width, height, options);
  row = row_at (layout, x, y);
  if (row == NULL)
    return NULL;
  /* The bar's own band, across the whole row: a short bar is as easy
   * to point at as a long one. */
  for (guint j = 0; j < row->n_bars && period != NULL; j++)
    if (!(row->absent & (1u << j)) && y >= row->bars[j].y && y < row->bars[j].y + row->bars[j].height)
      *period = layout->first_period + j;
  return row->compared;
}

/* Files ------------------------------------------------------------------- */

/**
 * ind_chart_render_image:
 *
 * Returns: (transfer full): an image surface of @width × @height pixels
 * with the chart on it, for the clipboard; check its status.
 */
static cairo_surface_t *
render_subject (const Subject         *subject,
                int                    width,
                int                    height,
                const IndChartOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  draw_subject (cr, subject, width, height, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

cairo_surface_t *
ind_chart_render_image (IndReport             *report,
                        IndChartKind           kind,
                        int                    width,
                        int                    height,
                        const IndChartOptions *options)
{
  Subject subject = { report, kind, NULL, NULL };

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  return render_subject (&subject, width, height, options);
}

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} FileFormat;

static gboolean
format_from_path (const char *path,
                  FileFormat *format)
{
  static const struct { const char *extension; FileFormat format; } formats[] = {
    { ".png", FORMAT_PNG }, { ".svg", FORMAT_SVG }, { ".pdf", FORMAT_PDF },
  };
  g_autofree char *folded = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (folded, formats[i].extension))
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

static cairo_status_t
write_chart (const char            *temp_path,
             FileFormat             format,
             const Subject         *subject,
             double                 width,
             double                 height,
             const IndChartOptions *options)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == FORMAT_PNG)
    {
      surface = render_subject (subject, (int)ceil (width), (int)ceil (height), options);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png (surface, temp_path);
      cairo_surface_destroy (surface);
      return status;
    }

  /* Vector files keep the text as outlines: they look the same on a
   * computer without our fonts. */
  if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create (temp_path, width, height);
  else
    surface = cairo_pdf_surface_create (temp_path, width, height);
  cr = cairo_create (surface);
  draw_subject (cr, subject, width, height, options);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/**
 * ind_chart_save:
 * @path: ends in .png, .svg or .pdf, which decides the format
 * @width: @height: in pixels for PNG, in points for SVG and PDF
 *
 * Writes the chart to @path whole, or leaves @path as it was.
 */
static gboolean
save_subject (const Subject         *subject,
              double                 width,
              double                 height,
              const IndChartOptions *options,
              const char            *path,
              GError               **error)
{
  g_autoptr(IndAtomicFile) file = NULL;
  g_autofree char *name = NULL;
  cairo_status_t status;
  FileFormat format;

  name = g_filename_display_basename (path);
  if (!format_from_path (path, &format))
    {
      g_set_error (error, IND_ERROR, IND_ERROR_UNSUPPORTED,
                   _("%s could not be written: a chart is saved as .png, .svg or .pdf."), name);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > 20000 || height > 20000)
    {
      g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
                   _("%s could not be written: the size must be between 1 and 20,000."), name);
      return FALSE;
    }

  file = ind_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  status = write_chart (ind_atomic_file_get_temp_path (file), format, subject,
                        width, height, options);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      ind_atomic_file_set_error (file, error, cairo_status_to_string (status));
      return FALSE;
    }
  return ind_atomic_file_commit (file, error);
}

gboolean
ind_chart_save (IndReport             *report,
                IndChartKind           kind,
                double                 width,
                double                 height,
                const IndChartOptions *options,
                const char            *path,
                GError               **error)
{
  Subject subject = { report, kind, NULL, NULL };

  g_return_val_if_fail (IND_IS_REPORT (report), FALSE);
  g_return_val_if_fail (kind <= IND_CHART_COMPOSICION, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_subject (&subject, width, height, options, path, error);
}

/**
 * ind_chart_save_comparison:
 *
 * Writes the chart of ind_chart_draw_comparison() as ind_chart_save()
 * writes the others.
 */
gboolean
ind_chart_save_comparison (IndComparison         *comparison,
                           double                 width,
                           double                 height,
                           const IndChartOptions *options,
                           const char            *path,
                           GError               **error)
{
  Subject subject = { NULL, 0, comparison, NULL };

  g_return_val_if_fail (IND_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_subject (&subject, width, height, options, path, error);
}
