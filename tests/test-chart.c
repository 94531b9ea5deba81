/* test-chart.c: the charts, measured on the pixels they paint
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ind-chart-layout-private.h"
#include "ind-error.h"
#include "ind-test-util.h"

static IndReport *sample;
static IndReport *june;              /* the second quarter, made from the sample */
static IndComparison *quarters;      /* the sample beside june */

/* Reports ----------------------------------------------------------------- */

#define HEADER \
  "**ORGANISMO DE PRUEBA\n" \
  "INDICADORES DE RESULTADOS AL 30 DE JUNIO DE 2024.**\n\n" \
  "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\tPonderado %\tMeta:\tUnidades\tUnidad de Medida\n"

static IndReport *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  IndReport *report = ind_test_load_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static char *
money_text (gint64 centavos)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, centavos / 100);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ".%02d", (int)(centavos % 100));
  return g_string_free (out, FALSE);
}

/* @n programs with names of 100 characters and varied amounts; program
 * @zero (if < n) has no budget at all. */
static IndReport *
make_programs (guint n,
               guint zero)
{
  GString *text = g_string_new (HEADER);
  g_autoptr(IndReport) report = NULL;

  for (guint i = 0; i < n; i++)
    {
      gint64 modificado = i == zero ? 0 : 100000000 + (gint64)((i * 7919) % 97) * 3000000;
      gint64 devengado = modificado / 100 * (5 + (i * 13) % 90);
      gint64 pagado = devengado / 100 * (40 + (i * 7) % 60);
      g_autofree char *m = money_text (modificado);
      g_autofree char *d = money_text (devengado);
      g_autofree char *p = money_text (pagado);
      g_autofree char *name = g_strdup_printf ("PROGRAMA %03u PARA EL FORTALECIMIENTO INTEGRAL DE LA ATENCION A USUARIOS Y DE LA RECAUDACION DEL ORGANISMO", i);

      g_assert_cmpuint (strlen (name), >=, 100);
      name[100] = '\0';
      g_string_append_printf (text, "%u\t%s\t%s\t%s\t%s\t\t\t\t\t\t\n", 200 + i, name, m, d, p);
    }
  report = load_text (text->str);
  g_string_free (text, TRUE);
  g_assert_cmpuint (ind_report_get_n_programs (report), ==, n);
  return g_steal_pointer (&report);
}

static IndItem *
add_item (IndItem    *parent,
          IndReport  *report,
          IndKind     kind,
          const char *clave,
          const char *path,
          const char *nombre,
          gint64      modificado,
          gint64      devengado,
          gint64      pagado)
{
  IndItem *item = ind_item_new (kind, clave, path);

  if (nombre != NULL)
    ind_item_set_nombre (item, nombre);
  if (modificado >= 0)
    {
      ind_item_set_money (item, IND_MONEY_MODIFICADO, modificado);
      ind_item_set_money (item, IND_MONEY_DEVENGADO, devengado);
      ind_item_set_money (item, IND_MONEY_PAGADO, pagado);
    }
  if (parent != NULL)
    ind_item_append_child (parent, item);
  else
    ind_report_append_program (report, item);
  g_object_unref (item);
  return item;
}

/* Built with the model's API: a program with a lost component header,
 * one spending far ahead of the pace, one with no budget. */
static IndReport *
make_built (void)
{
  IndReport *report = ind_report_new (IND_FORMAT_TEXT);
  g_autoptr(GDate) date = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2024);
  IndItem *p301, *lost;

  ind_report_set_period_end (report, date);
  p301 = add_item (NULL, report, IND_KIND_PROGRAMA, "301", "301", "PROGRAMA DE AGUA", 500000000, 360000000, 300000000);
  add_item (p301, report, IND_KIND_COMPONENTE, "Componente 01", "301/C01", "POZOS", 300000000, 250000000, 200000000);
  lost = add_item (p301, report, IND_KIND_COMPONENTE, NULL, "301/C?1", NULL, -1, 0, 0);
  ind_item_set_missing (lost, TRUE);
  add_item (lost, report, IND_KIND_ACTIVIDAD, "Actividad 02", "301/C?1/A02", "CLORACION", 2000000, 1000000, 500000);
  add_item (NULL, report, IND_KIND_PROGRAMA, "302", "302", "PROGRAMA ADELANTADO", 100000000, 99000000, 99000000);
  add_item (NULL, report, IND_KIND_PROGRAMA, "303", "303", "PROGRAMA SIN PRESUPUESTO", 0, 0, 0);
  return report;
}

typedef struct
{
  const char *name;
  IndReport  *report;
} NamedReport;

static NamedReport reports[6];

static void
make_reports (void)
{
  reports[0] = (NamedReport) { "sample", g_object_ref (sample) };
  reports[1] = (NamedReport) { "one", make_programs (1, G_MAXUINT) };
  reports[2] = (NamedReport) { "zero", make_programs (3, 1) };
  reports[3] = (NamedReport) { "sixty", make_programs (60, G_MAXUINT) };
  reports[4] = (NamedReport) { "built", make_built () };
  reports[5] = (NamedReport) { "empty", ind_report_new (IND_FORMAT_TEXT) };
}

/* Pixels ------------------------------------------------------------------ */

typedef struct
{
  int red, green, blue;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  argb = *(const guint32 *)(data + y * stride + x * 4);
  /* Charts paint an opaque background: no need to unpremultiply. */
  g_assert_cmpuint (argb >> 24, ==, 0xff);
  return (Pixel) { (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff };
}

static gboolean
pixel_is (Pixel              pixel,
          const IndChartRgb *rgb,
          int                tolerance)
{
  return ABS (pixel.red - (int)round (rgb->red * 255)) <= tolerance &&
         ABS (pixel.green - (int)round (rgb->green * 255)) <= tolerance &&
         ABS (pixel.blue - (int)round (rgb->blue * 255)) <= tolerance;
}

/* Background, stripes and grid lines: neutral greys, light or dark. */
static gboolean
pixel_is_backdrop (Pixel    pixel,
                   gboolean dark)
{
  gboolean neutral = ABS (pixel.red - pixel.green) <= 3 && ABS (pixel.green - pixel.blue) <= 3;

  return neutral && (dark ? pixel.red <= 0x40 : pixel.red >= 0xd0);
}

static cairo_surface_t *
new_surface (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

typedef struct
{
  cairo_surface_t *surface;
  IndChartLayout  *layout;
} Drawn;

/* Draws the chart and computes its layout on the same surface. */
static Drawn
draw (IndReport             *report,
      IndChartKind           kind,
      int                    width,
      int                    height,
      const IndChartOptions *options)
{
  Drawn drawn = { new_surface (width, height), NULL };
  cairo_t *cr = cairo_create (drawn.surface);

  ind_chart_draw (cr, report, kind, width, height, options);
  drawn.layout = _ind_chart_layout_new (cr, report, kind, width, height, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (drawn.surface);
  return drawn;
}

/* What a chart is drawn from: a report and a kind, or a comparison. */
typedef struct
{
  IndReport     *report;
  IndChartKind   kind;
  IndComparison *comparison;
} Chart;

static void
draw_chart (cairo_t               *cr,
            const Chart           *chart,
            int                    width,
            int                    height,
            const IndChartOptions *options)
{
  if (chart->comparison != NULL)
    ind_chart_draw_comparison (cr, chart->comparison, width, height, options);
  else
    ind_chart_draw (cr, chart->report, chart->kind, width, height, options);
}

static IndChartLayout *
layout_chart (cairo_t               *cr,
              const Chart           *chart,
              int                    width,
              int                    height,
              const IndChartOptions *options)
{
  if (chart->comparison != NULL)
    return _ind_chart_layout_new_comparison (cr, chart->comparison, width, height, options);
  return _ind_chart_layout_new (cr, chart->report, chart->kind, width, height, options);
}

static Drawn
draw_comparison (IndComparison         *comparison,
                 int                    width,
                 int                    height,
                 const IndChartOptions *options)
{
  Chart chart = { NULL, 0, comparison };
  Drawn drawn = { new_surface (width, height), NULL };
  cairo_t *cr = cairo_create (drawn.surface);

  draw_chart (cr, &chart, width, height, options);
  drawn.layout = layout_chart (cr, &chart, width, height, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (drawn.surface);
  return drawn;
}

static void
drawn_clear (Drawn *drawn)
{
  cairo_surface_destroy (drawn->surface);
  _ind_chart_layout_free (drawn->layout);
}

static IndChartOptions
options_for (double      text_scale,
             gboolean    dark,
             const char *scope)
{
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.text_scale = text_scale;
  options.dark = dark;
  options.scope_path = scope;
  return options;
}

static const char *
text_of (const IndChartText *text)
{
  return pango_layout_get_text (text->layout);
}

/* The text of @layout that starts with @prefix, or NULL. */
static const IndChartText *
find_text (const IndChartLayout *layout,
           const char           *prefix)
{
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const IndChartText *text = &g_array_index (layout->texts, IndChartText, i);

      if (g_str_has_prefix (text_of (text), prefix))
        return text;
    }
  return NULL;
}

static const IndChartRow *
row_at (const IndChartLayout *layout,
        guint                 i)
{
  g_assert_cmpuint (i, <, layout->rows->len);
  return &g_array_index (layout->rows, IndChartRow, i);
}

/* Where the bar painted along its middle ends: the first pixel of
 * backdrop to the right of its start. */
static int
painted_end (const Drawn             *drawn,
             const cairo_rectangle_t *bar)
{
  int y = (int)(bar->y + bar->height / 2);
  int x = (int)ceil (bar->x) + 2; /* past the zero line */
  int width = cairo_image_surface_get_width (drawn->surface);

  while (x < width && !pixel_is_backdrop (pixel_at (drawn->surface, x, y), drawn->layout->dark))
    x++;
  return x;
}

/* The fraction of the pixels along the middle of @bar that have exactly
 * the colour of @style. */
static double
share_of_color (const Drawn             *drawn,
                const cairo_rectangle_t *bar,
                IndChartStyle            style)
{
  IndChartRgb rgb;
  int y = (int)(bar->y + bar->height / 2);
  int x0 = (int)ceil (bar->x) + 2, x1 = (int)floor (bar->x + bar->width) - 1;
  int same = 0;

  _ind_chart_style_color (style, drawn->layout->dark, &rgb);
  for (int x = x0; x < x1; x++)
    same += pixel_is (pixel_at (drawn->surface, x, y), &rgb, 1);
  return x1 > x0 ? (double)same / (x1 - x0) : 0;
}

/* Tests ------------------------------------------------------------------- */

static void
test_kind_names (void)
{
  IndChartKind kind = IND_CHART_EJECUCION;

  for (IndChartKind k = IND_CHART_EJECUCION; k <= IND_CHART_COMPOSICION; k++)
    {
      g_assert_true (ind_chart_kind_from_string (ind_chart_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_cmpstr (ind_chart_kind_to_string (IND_CHART_AVANCE), ==, "avance");
  g_assert_true (ind_chart_kind_from_string ("Composición", &kind));
  g_assert_cmpint (kind, ==, IND_CHART_COMPOSICION);
  g_assert_false (ind_chart_kind_from_string ("pastel", &kind));
  g_assert_cmpint (kind, ==, IND_CHART_COMPOSICION);
  /* the GType's nicks are the command line's names */
  {
    GEnumClass *klass = g_type_class_ref (IND_TYPE_CHART_KIND);

    for (IndChartKind k = IND_CHART_EJECUCION; k <= IND_CHART_COMPOSICION; k++)
      g_assert_cmpstr (g_enum_get_value (klass, k)->value_nick, ==, ind_chart_kind_to_string (k));
    g_type_class_unref (klass);
  }
}

/* Every bar of the execution chart, on the sample and on 60 programs:
 * its length is its amount on the axis, and the painted bar ends there
 * within a pixel, in its colour. */
static void
check_execution_bars (IndReport *report,
                      int        width,
                      int        height,
                      double     text_scale,
                      gboolean   dark)
{
  IndChartOptions options = options_for (text_scale, dark, NULL);
  Drawn drawn = draw (report, IND_CHART_EJECUCION, width, height, &options);
  const IndChartLayout *layout = drawn.layout;
  double per_centavo = layout->axis_width / (layout->axis_max - layout->axis_min);
  guint measured = 0;

  g_assert_cmpuint (layout->rows->len, ==, ind_report_get_n_programs (report));
  g_assert_cmpfloat (layout->axis_min, ==, 0);
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const IndChartRow *row = row_at (layout, i);
      gint64 centavos;

      g_assert_true (row->item == ind_report_get_program (report, i));
      g_assert_cmpuint (row->n_bars, ==, IND_N_MONEY);
      for (IndMoney j = 0; j < IND_N_MONEY; j++)
        {
          const cairo_rectangle_t *bar = &row->bars[j];

          g_assert_true (ind_item_get_money (row->item, j, &centavos));
          g_assert_cmpfloat (centavos, <=, layout->axis_max);
          g_assert_cmpfloat_with_epsilon (bar->x, layout->axis_x, 1e-6);
          g_assert_cmpfloat_with_epsilon (bar->width, centavos * per_centavo, 1e-6);
          /* the three bars of a row sit one under the other, inside it */
          g_assert_cmpfloat (bar->y, >=, row->area.y);
          g_assert_cmpfloat (bar->y + bar->height, <=, row->area.y + row->area.height + 1e-9);
          if (j > 0)
            g_assert_cmpfloat_with_epsilon (bar->y, row->bars[j - 1].y + row->bars[j - 1].height, 1e-9);

          if (bar->width < 4 || bar->height < 3)
            continue;
          g_assert_cmpint (ABS (painted_end (&drawn, bar) - (bar->x + bar->width)), <=, 1);
          if (j == IND_MONEY_PAGADO && layout->hatch)
            {
              double share = share_of_color (&drawn, bar, IND_CHART_STYLE_PAGADO);

              /* hatched: mostly its colour, but not only */
              g_assert_cmpfloat (share, >, 0.15);
              g_assert_cmpfloat (share, <, 0.9);
            }
          else
            g_assert_cmpfloat (share_of_color (&drawn, bar, IND_CHART_STYLE_MODIFICADO + j), >, 0.99);
          measured++;
        }
    }
  g_assert_cmpuint (measured, >=, layout->rows->len);
  drawn_clear (&drawn);
}

static void
test_execution_bars (void)
{
  g_autoptr(IndReport) sixty = make_programs (60, G_MAXUINT);

  check_execution_bars (sample, 1920, 1080, 2.0, FALSE);
  check_execution_bars (sample, 900, 560, 1.0, FALSE);
  check_execution_bars (sample, 900, 560, 1.0, TRUE);
  check_execution_bars (sixty, 1920, 1080, 2.0, FALSE);
}

/* Progress: each bar is its % ejercido, in the colour of its semáforo;
 * the pace line stands at 25 % for the sample (31 March). */
static void
check_progress_bars (IndReport *report,
                     double     expected_pace,
                     gboolean   dark)
{
  IndChartOptions options = options_for (1.0, dark, NULL);
  Drawn drawn = draw (report, IND_CHART_AVANCE, 1000, 600, &options);
  const IndChartLayout *layout = drawn.layout;
  double per_point = layout->axis_width / (layout->axis_max - layout->axis_min);

  g_assert_true (layout->has_pace);
  g_assert_cmpfloat_with_epsilon (layout->pace, expected_pace, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout->pace_x, layout->axis_x + expected_pace * per_point, 1e-6);
  g_assert_cmpfloat (layout->axis_max, >=, 100);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      const IndChartRow *row = row_at (layout, i);
      const cairo_rectangle_t *bar = &row->bars[0];
      double ejercido;
      IndChartStyle style;

      if (!ind_item_get_ejercido (row->item, &ejercido))
        {
          g_assert_cmpuint (row->n_bars, ==, 0);
          continue;
        }
      g_assert_cmpuint (row->n_bars, ==, 1);
      g_assert_cmpfloat_with_epsilon (bar->width, ejercido * per_point, 1e-6);
      if (bar->width < 0.7 * layout->em)
        continue;
      g_assert_cmpint (ABS (painted_end (&drawn, bar) - (bar->x + bar->width)), <=, 1);

      style = IND_CHART_STYLE_GREEN + ind_semaforo_classify (&options.bands, ejercido, expected_pace);
      if (style == IND_CHART_STYLE_RED)
        g_assert_cmpfloat (share_of_color (&drawn, bar, style), >, 0.15);
      else
        g_assert_cmpfloat (share_of_color (&drawn, bar, style), >, 0.9);
    }
  drawn_clear (&drawn);
}

static void
test_progress_bars (void)
{
  g_autoptr(IndReport) sixty = make_programs (60, G_MAXUINT);
  g_autoptr(IndReport) built = make_built ();

  check_progress_bars (sample, 25.0, FALSE);
  check_progress_bars (sample, 25.0, TRUE);
  check_progress_bars (sixty, 50.0, FALSE);
  check_progress_bars (built, 75.0, FALSE);
}

/* The sample's colours, one by one: 101 spends 79.9 % against a pace of
 * 25 % (red), 102 and 104 are within 5 points (green), 103 within 15
 * (yellow). */
static void
test_progress_semaforo_sample (void)
{
  static const IndChartStyle expected[] = {
    IND_CHART_STYLE_RED, IND_CHART_STYLE_GREEN, IND_CHART_STYLE_YELLOW, IND_CHART_STYLE_GREEN,
  };
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  g_autoptr(IndChartLayout) layout = NULL;
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);

  layout = _ind_chart_layout_new (cr, sample, IND_CHART_AVANCE, 1000, 600, &options);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const cairo_rectangle_t *bar = &row_at (layout, i)->bars[0];
      gboolean found = FALSE;

      for (guint m = 0; m < layout->marks->len; m++)
        {
          const IndChartMark *mark = &g_array_index (layout->marks, IndChartMark, m);

          if (memcmp (&mark->rect, bar, sizeof *bar) == 0)
            {
              g_assert_cmpint (mark->style, ==, expected[i]);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
  /* wider bands make 103 green */
  _ind_chart_layout_free (g_steal_pointer (&layout));
  options.bands.green = 10;
  options.bands.yellow = 20;
  layout = _ind_chart_layout_new (cr, sample, IND_CHART_AVANCE, 1000, 600, &options);
  for (guint m = 0; m < layout->marks->len; m++)
    {
      const IndChartMark *mark = &g_array_index (layout->marks, IndChartMark, m);

      if (memcmp (&mark->rect, &row_at (layout, 2)->bars[0], sizeof mark->rect) == 0)
        g_assert_cmpint (mark->style, ==, IND_CHART_STYLE_GREEN);
    }
  /* and the chart says which bands it used */
  {
    g_autofree char *bands = ind_semaforo_describe_bands (&options.bands);

    g_assert_nonnull (find_text (layout, bands));
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The dashed pace line is painted in the column of 25 %, and nowhere
 * near it. */
static void
test_pace_line_pixels (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  Drawn drawn = draw (sample, IND_CHART_AVANCE, 1000, 600, &options);
  const IndChartLayout *layout = drawn.layout;
  int y0 = (int)ceil (layout->plot.y), y1 = (int)floor (layout->plot.y + layout->plot.height);
  int column = (int)floor (layout->pace_x);

  for (int dx = -8; dx <= 8; dx++)
    {
      int dark = 0;

      for (int y = y0; y < y1; y++)
        {
          Pixel p = pixel_at (drawn.surface, column + dx, y);

          dark += p.red < 0x50 && p.green < 0x50 && p.blue < 0x50;
        }
      if (dx == 0)
        g_assert_cmpfloat ((double)dark / (y1 - y0), >, 0.45);
      else if (ABS (dx) > 2)
        g_assert_cmpfloat ((double)dark / (y1 - y0), <, 0.15);
    }
  drawn_clear (&drawn);
}

static void
check_ticks (const IndChartLayout *layout)
{
  double step, magnitude, normal;

  g_assert_cmpuint (layout->ticks->len, >=, 2);
  step = g_array_index (layout->ticks, double, 1) - g_array_index (layout->ticks, double, 0);
  magnitude = pow (10, floor (log10 (step) + 1e-9));
  normal = step / magnitude;
  g_assert_true (fabs (normal - 1) < 1e-6 || fabs (normal - 2) < 1e-6 || fabs (normal - 5) < 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (layout->ticks, double, 0), layout->axis_min, 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (layout->ticks, double, layout->ticks->len - 1),
                                  layout->axis_max, 1e-6 * MAX (1, layout->axis_max));
  for (guint i = 1; i < layout->ticks->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (layout->ticks, double, i) -
                                    g_array_index (layout->ticks, double, i - 1), step,
                                    1e-6 * step);
}

/* Round ticks; every value fits on the axis. */
static void
test_ticks (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_AVANCE; kind++)
      {
        g_autoptr(IndChartLayout) layout = NULL;

        if (ind_report_get_n_programs (reports[r].report) == 0)
          continue;
        layout = _ind_chart_layout_new (cr, reports[r].report, kind, 900, 560, &options);
        check_ticks (layout);
        for (guint i = 0; i < layout->rows->len; i++)
          for (guint j = 0; j < row_at (layout, i)->n_bars; j++)
            g_assert_cmpfloat (row_at (layout, i)->values[j], <=, layout->axis_max);
      }
  /* The sample's largest program is $109.2 M: ticks of $20 M to $120 M. */
  {
    g_autoptr(IndChartLayout) layout = _ind_chart_layout_new (cr, sample, IND_CHART_EJECUCION,
                                                              1920, 1080, &options);

    g_assert_cmpfloat (layout->axis_max, ==, 120e6 * 100);
    g_assert_nonnull (find_text (layout, "$120 M"));
    g_assert_nonnull (find_text (layout, "$20 M"));
  }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Every chart of every report, at several sizes, light and dark:
 * nothing painted outside the box, no text over text, no NaN. */
static void
check_any_chart (const Chart *chart,
                 int          width,
                 int          height,
                 double       text_scale,
                 gboolean     dark,
                 const char  *scope)
{
  const char *what = chart->comparison != NULL ? "comparison" : ind_chart_kind_to_string (chart->kind);
  const int margin = 20;
  IndChartOptions options = options_for (text_scale, dark, scope);
  cairo_surface_t *surface = new_surface (width + 2 * margin, height + 2 * margin);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(IndChartLayout) layout = NULL;
  guint8 *data;
  int stride;

  /* A colour no chart uses fills the margin; the chart is drawn inside
   * it without a clip of the caller's. */
  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  draw_chart (cr, chart, width, height, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  layout = layout_chart (cr, chart, width, height, &options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height + 2 * margin; y++)
    for (int x = 0; x < width + 2 * margin; x++)
      {
        gboolean inside = x >= margin && x < margin + width && y >= margin && y < margin + height;
        guint32 argb = *(guint32 *)(data + y * stride + x * 4);

        if (inside)
          g_assert_cmphex (argb, !=, 0xffff00ff);
        else if (argb != 0xffff00ff)
          g_error ("%s chart painted outside its box at %d, %d", what, x - margin, y - margin);
      }

  for (guint i = 0; i < layout->texts->len; i++)
    {
      const IndChartText *a = &g_array_index (layout->texts, IndChartText, i);

      g_assert_cmpfloat (a->rect.x, >=, 0);
      g_assert_cmpfloat (a->rect.y, >=, 0);
      g_assert_cmpfloat (a->rect.x + a->rect.width, <=, width);
      g_assert_cmpfloat (a->rect.y + a->rect.height, <=, height);
      for (guint j = i + 1; j < layout->texts->len; j++)
        {
          const IndChartText *b = &g_array_index (layout->texts, IndChartText, j);
          gboolean overlap = a->rect.x + 0.01 < b->rect.x + b->rect.width &&
                             b->rect.x + 0.01 < a->rect.x + a->rect.width &&
                             a->rect.y + 0.01 < b->rect.y + b->rect.height &&
                             b->rect.y + 0.01 < a->rect.y + a->rect.height;

          if (overlap)
            g_error ("«%s» overlaps «%s»", text_of (a), text_of (b));
        }
    }
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const cairo_rectangle_t *r = &g_array_index (layout->marks, IndChartMark, i).rect;

      g_assert_true (isfinite (r->x) && isfinite (r->y) && isfinite (r->width) && isfinite (r->height));
      g_assert_cmpfloat (r->x, >=, 0);
      g_assert_cmpfloat (r->width, >=, 0);
      g_assert_cmpfloat (r->x + r->width, <=, width + 1e-6);
      g_assert_cmpfloat (r->y + r->height, <=, height + 1e-6);
    }
  for (guint i = 0; i < layout->slices->len; i++)
    {
      const IndChartSlice *slice = &g_array_index (layout->slices, IndChartSlice, i);

      g_assert_true (isfinite (slice->start) && isfinite (slice->end) && isfinite (slice->share));
      g_assert_cmpfloat (slice->end, >=, slice->start);
    }
  if (layout->slices->len > 0)
    {
      g_assert_cmpfloat (layout->cx - layout->outer, >=, 0);
      g_assert_cmpfloat (layout->cy - layout->outer, >=, 0);
      g_assert_cmpfloat (layout->cx + layout->outer, <=, width);
      g_assert_cmpfloat (layout->cy + layout->outer, <=, height);
    }
  for (guint i = 0; i < layout->ticks->len; i++)
    g_assert_true (isfinite (g_array_index (layout->ticks, double, i)));
  /* a chart always says what it is */
  g_assert_cmpuint (layout->texts->len, >=, 1);

  cairo_surface_destroy (surface);
}

static void
check_chart (IndReport   *report,
             IndChartKind kind,
             int          width,
             int          height,
             double       text_scale,
             gboolean     dark,
             const char  *scope)
{
  Chart chart = { report, kind, NULL };

  check_any_chart (&chart, width, height, text_scale, dark, scope);
}

static void
test_every_chart (void)
{
  static const struct { int width, height; double scale; } sizes[] = {
    { 1920, 1080, 2.0 }, { 900, 560, 1.0 }, { 480, 320, 1.0 }, { 1280, 1024, 1.0 },
  };

  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_COMPOSICION; kind++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_test_message ("%s %s %dx%d", reports[r].name, ind_chart_kind_to_string (kind),
                          sizes[s].width, sizes[s].height);
          check_chart (reports[r].report, kind, sizes[s].width, sizes[s].height, sizes[s].scale,
                       s == 1, NULL);
        }
}

/* Odd shapes and text scales: tiny, tall, wide, huge text. */
static void
test_any_size (void)
{
  static const struct { int width, height; double scale; } sizes[] = {
    { 160, 120, 1.0 }, { 240, 180, 0.5 }, { 320, 900, 1.0 }, { 1600, 300, 1.0 },
    { 3000, 400, 3.0 }, { 300, 2000, 2.0 }, { 800, 450, 4.0 }, { 1000, 700, 0.5 },
  };

  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_COMPOSICION; kind++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_test_message ("%s %s %dx%d ×%g", reports[r].name, ind_chart_kind_to_string (kind),
                          sizes[s].width, sizes[s].height, sizes[s].scale);
          check_chart (reports[r].report, kind, sizes[s].width, sizes[s].height, sizes[s].scale,
                       FALSE, NULL);
        }
}

static void
test_every_drill_down (void)
{
  static const char *scopes[] = { "101", "102", "103", "104", "103/C01", "103/C?1", "102/C04",
                                  "101/C01/A01", "999" };

  for (guint i = 0; i < G_N_ELEMENTS (scopes); i++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_COMPOSICION; kind++)
      {
        check_chart (sample, kind, 1920, 1080, 2.0, FALSE, scopes[i]);
        check_chart (sample, kind, 700, 450, 1.0, TRUE, scopes[i]);
      }
}

/* Labels: each program of the sample is named; sixty programs are
 * thinned, not piled up, and not all dropped. */
static void
test_labels (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(IndReport) sixty = make_programs (60, G_MAXUINT);
  g_autoptr(IndChartLayout) layout = NULL;
  guint named = 0;

  for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_COMPOSICION; kind++)
    {
      g_autoptr(IndChartLayout) l = _ind_chart_layout_new (cr, sample, kind, 900, 560, &options);
      const char *keys[] = { "101 PROGRAMA", "102 PROGRAMA", "103 PROGRAMA", "104 PROGRAMA" };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        g_assert_nonnull (find_text (l, keys[i]));
    }

  /* Values in short money beside the bars: 103's Modificado */
  layout = _ind_chart_layout_new (cr, sample, IND_CHART_EJECUCION, 1920, 1080, &options);
  g_assert_nonnull (find_text (layout, "$43.9 M"));
  g_assert_nonnull (find_text (layout, "$109.2 M"));
  _ind_chart_layout_free (g_steal_pointer (&layout));

  layout = _ind_chart_layout_new (cr, sixty, IND_CHART_EJECUCION, 900, 560, &options);
  for (guint i = 0; i < layout->texts->len; i++)
    named += g_regex_match_simple ("^2[0-9][0-9] PROGRAMA",
                                   text_of (&g_array_index (layout->texts, IndChartText, i)), 0, 0);
  g_assert_cmpuint (named, >=, 20);
  g_assert_cmpuint (named, <, 60);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Names wrap to two lines before they are cut: the sample's programs on
 * the half page each chart has in the summary (720 × 247 points at
 * 0.85), and on a slide. */
static void
test_names_on_two_lines (void)
{
  static const struct { double width, height, scale; } sizes[] = {
    { 720, 247, 0.85 }, { 864, 432, 1.4 },
  };
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_AVANCE; kind++)
      {
        IndChartOptions options = options_for (sizes[s].scale, FALSE, NULL);
        g_autoptr(IndChartLayout) layout = _ind_chart_layout_new (cr, sample, kind, sizes[s].width,
                                                                  sizes[s].height, &options);

        for (guint i = 0; i < ind_report_get_n_programs (sample); i++)
          {
            IndItem *program = ind_report_get_program (sample, i);
            g_autofree char *prefix = g_strdup_printf ("%s PROGRAMA", ind_item_get_path (program));
            const IndChartText *label = find_text (layout, prefix);

            g_assert_nonnull (label);
            if (pango_layout_is_ellipsized (label->layout))
              g_assert_cmpint (pango_layout_get_line_count (label->layout), >=, 2);
          }
        /* on paper, 101's and 103's names are whole */
        if (s == 0)
          {
            g_assert_false (pango_layout_is_ellipsized (find_text (layout, "101 PROGRAMA")->layout));
            g_assert_false (pango_layout_is_ellipsized (find_text (layout, "103 PROGRAMA")->layout));
          }
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_one_program (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  g_autoptr(IndReport) one = make_programs (1, G_MAXUINT);
  Drawn drawn = draw (one, IND_CHART_COMPOSICION, 900, 560, &options);
  const IndChartSlice *slice;

  g_assert_cmpuint (drawn.layout->slices->len, ==, 1);
  slice = &g_array_index (drawn.layout->slices, IndChartSlice, 0);
  g_assert_cmpfloat_with_epsilon (slice->share, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (slice->end - slice->start, 2 * G_PI, 1e-9);
  g_assert_nonnull (find_text (drawn.layout, "100.0%"));
  drawn_clear (&drawn);

  drawn = draw (one, IND_CHART_EJECUCION, 900, 560, &options);
  g_assert_cmpuint (drawn.layout->rows->len, ==, 1);
  /* one program: its Modificado is the longest bar, near the axis end */
  g_assert_cmpfloat (row_at (drawn.layout, 0)->bars[0].width, >, drawn.layout->axis_width / 2);
  drawn_clear (&drawn);
}

/* A program with no budget: zero-length bars, no % ejercido, left out of
 * the composition and said so; no NaN anywhere. */
static void
test_zero_budget (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  g_autoptr(IndReport) zero = make_programs (3, 1);
  Drawn drawn = draw (zero, IND_CHART_EJECUCION, 900, 560, &options);
  const IndChartRow *row = row_at (drawn.layout, 1);

  g_assert_cmpstr (ind_item_get_path (row->item), ==, "201");
  g_assert_cmpuint (row->n_bars, ==, 3);
  for (guint j = 0; j < IND_N_MONEY; j++)
    g_assert_cmpfloat (row->bars[j].width, ==, 0);
  g_assert_nonnull (find_text (drawn.layout, "$0"));
  drawn_clear (&drawn);

  drawn = draw (zero, IND_CHART_AVANCE, 900, 560, &options);
  g_assert_cmpuint (row_at (drawn.layout, 1)->n_bars, ==, 0);
  g_assert_cmpuint (row_at (drawn.layout, 0)->n_bars, ==, 1);
  drawn_clear (&drawn);

  drawn = draw (zero, IND_CHART_COMPOSICION, 900, 560, &options);
  g_assert_cmpuint (drawn.layout->slices->len, ==, 2);
  for (guint i = 0; i < drawn.layout->slices->len; i++)
    g_assert_cmpstr (ind_item_get_path (g_array_index (drawn.layout->slices, IndChartSlice, i).item), !=, "201");
  {
    gboolean said = FALSE;

    for (guint i = 0; i < drawn.layout->texts->len; i++)
      said |= strstr (text_of (&g_array_index (drawn.layout->texts, IndChartText, i)), "201") != NULL;
    g_assert_true (said);
  }
  drawn_clear (&drawn);
}

/* The sample's program 103 lost a component header: the placeholder has
 * a row but no bars, and the chart says why, in words rather than with
 * its made-up key. */
static void
test_missing_placeholder (void)
{
  IndChartOptions options = options_for (1.0, FALSE, "103");
  IndItem *placeholder = ind_report_find_item (sample, "103/C?1");

  for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_AVANCE; kind++)
    {
      Drawn drawn = draw (sample, kind, 900, 560, &options);
      const IndChartRow *row = row_at (drawn.layout, 1);
      gboolean said = FALSE;

      /* ejecución adds the row of the money no component holds */
      g_assert_cmpuint (drawn.layout->rows->len, ==, kind == IND_CHART_EJECUCION ? 3 : 2);
      g_assert_true (row->item == placeholder);
      g_assert_cmpuint (row->n_bars, ==, 0);
      g_assert_cmpuint (row_at (drawn.layout, 0)->n_bars, >=, 1);
      g_assert_nonnull (find_text (drawn.layout, "componente sin encabezado en el informe"));
      for (guint i = 0; i < drawn.layout->texts->len; i++)
        {
          const char *text = text_of (&g_array_index (drawn.layout->texts, IndChartText, i));

          said |= strstr (text, "1 fila no tiene cifras propias: falta su encabezado en el informe.") != NULL;
          g_assert_null (strstr (text, "C?"));
        }
      g_assert_true (said);
      g_assert_true (ind_chart_item_at (sample, kind, 900, 560, &options,
                                        row->area.x + row->area.width / 2,
                                        row->area.y + row->area.height / 2) == placeholder);
      drawn_clear (&drawn);
    }

  /* its activities still have figures */
  options.scope_path = "103/C?1";
  {
    Drawn drawn = draw (sample, IND_CHART_EJECUCION, 900, 560, &options);

    g_assert_cmpuint (drawn.layout->rows->len, ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpuint (row_at (drawn.layout, i)->n_bars, ==, 3);
    drawn_clear (&drawn);
  }
}

/* Program 103's components hold $2.8 M of its $43.9 M: the rest is a
 * row of its own, named in words, with the money of each column, and
 * the scale reaches it. */
static void
test_rest_row (void)
{
  IndChartOptions options = options_for (1.0, FALSE, "103");
  Drawn drawn = draw (sample, IND_CHART_EJECUCION, 900, 560, &options);
  const IndChartRow *rest = row_at (drawn.layout, 2);
  static const double expected[] = { 4109519060, 695164732, 611386671 };

  g_assert_null (rest->item);
  g_assert_cmpuint (rest->n_bars, ==, 3);
  for (guint j = 0; j < IND_N_MONEY; j++)
    g_assert_cmpfloat (rest->values[j], ==, expected[j]);
  g_assert_nonnull (find_text (drawn.layout, "sin componente en el informe"));
  g_assert_nonnull (find_text (drawn.layout, "$41.1 M"));
  g_assert_cmpfloat (drawn.layout->axis_max, >=, 4109519060);
  /* the longest bar of the chart */
  g_assert_cmpfloat (rest->bars[0].width, >, 10 * row_at (drawn.layout, 0)->bars[0].width);
  g_assert_null (ind_chart_item_at (sample, IND_CHART_EJECUCION, 900, 560, &options,
                                    rest->bars[0].x + 2, rest->bars[0].y + rest->bars[0].height / 2));
  drawn_clear (&drawn);

  /* a program whose components add up has none */
  options.scope_path = "104";
  drawn = draw (sample, IND_CHART_EJECUCION, 900, 560, &options);
  g_assert_cmpuint (drawn.layout->rows->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_nonnull (row_at (drawn.layout, i)->item);
  drawn_clear (&drawn);
}

/* A bar chart cut over slides: each page names every row it draws on
 * two lines at full size, the pages follow on from one another, cover
 * every row once, and share one axis. */
static void
test_pages (void)
{
  IndChartOptions options = options_for (1.4, FALSE, NULL);
  g_autoptr(IndReport) sixty = make_programs (60, G_MAXUINT);
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);
  IndChartPage page = { 0, TRUE, 0 };
  double axis_max = 0;
  guint pages = 0;

  while (page.first_row < 60)
    {
      g_autoptr(IndChartLayout) layout = _ind_chart_layout_new_page (cr, sixty, IND_CHART_EJECUCION, 864, 380,
                                                                     &options, &page);

      g_assert_cmpuint (layout->n_all_rows, ==, 60);
      g_assert_cmpuint (layout->first_row, ==, page.first_row);
      g_assert_cmpuint (layout->rows->len, >=, 1);
      if (pages == 0)
        axis_max = layout->axis_max;
      g_assert_cmpfloat (layout->axis_max, ==, axis_max);
      for (guint i = 0; i < layout->rows->len; i++)
        {
          const IndChartRow *row = row_at (layout, i);
          g_autofree char *key = g_strdup_printf ("%s PROGRAMA", ind_item_get_path (row->item));
          const IndChartText *label = find_text (layout, key);

          g_assert_true (row->item == ind_report_get_program (sixty, page.first_row + i));
          g_assert_nonnull (label);
          /* two lines at least (three when the rows are few), at the
           * full label size (0.95 em) */
          g_assert_cmpint (pango_layout_get_line_count (label->layout), >=, 2);
          g_assert_cmpint (pango_layout_get_line_count (label->layout), <=, 3);
          g_assert_cmpfloat (pango_font_description_get_size (pango_layout_get_font_description (label->layout)),
                             ==, (int)(0.95 * 14 * 1.4 * PANGO_SCALE));
          g_assert_cmpfloat (label->rect.y + label->rect.height, <=, row->area.y + row->area.height + 1e-6);
        }
      page.first_row += layout->rows->len;
      pages++;
    }
  g_assert_cmpuint (page.first_row, ==, 60);
  g_assert_cmpuint (pages, >, 5);
  g_assert_cmpuint (pages, <, 30);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_drill_down (void)
{
  static const struct { const char *scope; guint rows; const char *first; } cases[] = {
    { NULL, 4, "101" },
    { "103", 2, "103/C01" },
    { "102", 5, "102/C01" },
    { "103/C01", 4, "103/C01/A01" },
    { "104", 5, "104/C01" },
    { "101/C01/A01", 0, NULL },
    { "999", 0, NULL },
  };
  cairo_surface_t *surface = new_surface (1, 1);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_AVANCE; kind++)
      {
        IndChartOptions options = options_for (1.0, FALSE, cases[i].scope);
        g_autoptr(IndChartLayout) layout = _ind_chart_layout_new (cr, sample, kind, 900, 560, &options);

        /* ejecución adds a row for the money that no child of 103 or
         * 103/C01 accounts for */
        gboolean rest = kind == IND_CHART_EJECUCION && cases[i].scope != NULL &&
                        (g_str_equal (cases[i].scope, "103") || g_str_equal (cases[i].scope, "103/C01"));

        g_assert_cmpuint (layout->rows->len, ==, cases[i].rows + rest);
        if (cases[i].first != NULL)
          g_assert_cmpstr (ind_item_get_path (row_at (layout, 0)->item), ==, cases[i].first);
        else
          g_assert_cmpuint (layout->marks->len, ==, 0);
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_item_at (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  Drawn drawn = draw (sample, IND_CHART_EJECUCION, 900, 560, &options);

  for (guint i = 0; i < drawn.layout->rows->len; i++)
    {
      const cairo_rectangle_t *bar = &row_at (drawn.layout, i)->bars[0];

      g_assert_true (ind_chart_item_at (sample, IND_CHART_EJECUCION, 900, 560, &options,
                                        bar->x + bar->width / 2, bar->y + bar->height / 2) ==
                     ind_report_get_program (sample, i));
    }
  g_assert_null (ind_chart_item_at (sample, IND_CHART_EJECUCION, 900, 560, &options, 2, 2));
  drawn_clear (&drawn);

  /* the composition: the middle of each slice, and the hole */
  drawn = draw (sample, IND_CHART_COMPOSICION, 900, 560, &options);
  g_assert_cmpuint (drawn.layout->slices->len, ==, 4);
  for (guint i = 0; i < drawn.layout->slices->len; i++)
    {
      const IndChartSlice *slice = &g_array_index (drawn.layout->slices, IndChartSlice, i);
      double mid = (slice->start + slice->end) / 2;
      double r = (drawn.layout->inner + drawn.layout->outer) / 2;
      IndChartRgb rgb;

      g_assert_true (ind_chart_item_at (sample, IND_CHART_COMPOSICION, 900, 560, &options,
                                        drawn.layout->cx + r * cos (mid),
                                        drawn.layout->cy + r * sin (mid)) == slice->item);
      /* and its colour is painted there, near the outer edge */
      _ind_chart_style_color (slice->style, FALSE, &rgb);
      r = drawn.layout->outer - 3;
      g_assert_true (pixel_is (pixel_at (drawn.surface, (int)(drawn.layout->cx + r * cos (mid)),
                                         (int)(drawn.layout->cy + r * sin (mid))), &rgb, 1));
    }
  /* the largest first: 104 holds 64.7 % of the Modificado */
  g_assert_cmpstr (ind_item_get_path (g_array_index (drawn.layout->slices, IndChartSlice, 0).item), ==, "104");
  g_assert_cmpfloat_with_epsilon (g_array_index (drawn.layout->slices, IndChartSlice, 0).share,
                                  100.0 * 10924722441 / 16883747642, 1e-9);
  g_assert_nonnull (find_text (drawn.layout, "64.7%"));
  g_assert_null (ind_chart_item_at (sample, IND_CHART_COMPOSICION, 900, 560, &options,
                                    drawn.layout->cx, drawn.layout->cy));
  drawn_clear (&drawn);
}

/* Sixty programs share the donut with an "others" slice; the slices add
 * up to the whole. */
static void
test_composition_others (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  g_autoptr(IndReport) sixty = make_programs (60, G_MAXUINT);
  Drawn drawn = draw (sixty, IND_CHART_COMPOSICION, 900, 560, &options);
  const IndChartSlice *last;
  double total = 0;

  g_assert_cmpuint (drawn.layout->slices->len, >=, 2);
  g_assert_cmpuint (drawn.layout->slices->len, <=, IND_CHART_N_SLICE_STYLES + 1);
  for (guint i = 0; i < drawn.layout->slices->len; i++)
    total += g_array_index (drawn.layout->slices, IndChartSlice, i).share;
  g_assert_cmpfloat_with_epsilon (total, 100, 1e-9);
  last = &g_array_index (drawn.layout->slices, IndChartSlice, drawn.layout->slices->len - 1);
  g_assert_null (last->item);
  g_assert_cmpint (last->style, ==, IND_CHART_STYLE_OTHERS);
  g_assert_cmpfloat_with_epsilon (last->end, 3 * G_PI / 2, 1e-9);
  drawn_clear (&drawn);
}

static void
test_dark (void)
{
  IndChartOptions options = options_for (1.0, TRUE, NULL);
  Drawn drawn = draw (sample, IND_CHART_EJECUCION, 900, 560, &options);
  IndChartRgb background, ink;
  gboolean light_text = FALSE;

  _ind_chart_background_color (TRUE, &background);
  g_assert_true (pixel_is (pixel_at (drawn.surface, 1, 1), &background, 0));
  /* the title is light on the dark background */
  _ind_chart_ink_color (IND_CHART_INK_TEXT, TRUE, &ink);
  for (int x = 0; x < 300 && !light_text; x++)
    for (int y = 0; y < 40 && !light_text; y++)
      light_text = pixel_is (pixel_at (drawn.surface, x, y), &ink, 8);
  g_assert_true (light_text);
  drawn_clear (&drawn);
}

static void
test_empty_report (void)
{
  g_autoptr(IndReport) empty = ind_report_new (IND_FORMAT_TEXT);
  IndChartOptions options = options_for (1.0, FALSE, NULL);

  for (IndChartKind kind = IND_CHART_EJECUCION; kind <= IND_CHART_COMPOSICION; kind++)
    {
      Drawn drawn = draw (empty, kind, 640, 400, &options);

      g_assert_cmpuint (drawn.layout->rows->len, ==, 0);
      g_assert_cmpuint (drawn.layout->slices->len, ==, 0);
      g_assert_cmpuint (drawn.layout->texts->len, >=, 2); /* title and why it is empty */
      g_assert_null (ind_chart_item_at (empty, kind, 640, 400, &options, 320, 200));
      drawn_clear (&drawn);
    }
}

static char *
read_head (const char *path,
           gsize       n)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_strndup (contents, MIN (n, length));
}

static void
test_save (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "g.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "g.SVG", NULL);
  g_autofree char *pdf = g_build_filename (dir, "g.pdf", NULL);
  g_autofree char *gif = g_build_filename (dir, "g.gif", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no", "such", "g.png", NULL);
  g_autofree char *head = NULL;
  g_autoptr(GError) error = NULL;
  IndChartOptions options = options_for (2.0, FALSE, NULL);
  cairo_surface_t *image;

  g_assert_true (ind_chart_save (sample, IND_CHART_EJECUCION, 1920, 1080, &options, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1080);
  cairo_surface_destroy (image);

  g_assert_true (ind_chart_save (sample, IND_CHART_AVANCE, 1920, 1080, &options, svg, &error));
  head = read_head (svg, 400);
  g_assert_nonnull (strstr (head, "<svg"));
  g_assert_nonnull (strstr (head, "width=\"1920"));
  g_clear_pointer (&head, g_free);

  g_assert_true (ind_chart_save (sample, IND_CHART_COMPOSICION, 1920, 1080, &options, pdf, &error));
  head = read_head (pdf, 5);
  g_assert_cmpstr (head, ==, "%PDF-");

  g_assert_false (ind_chart_save (sample, IND_CHART_EJECUCION, 1920, 1080, &options, gif, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "g.gif"));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (ind_chart_save (sample, IND_CHART_EJECUCION, 1920, 1080, &options, nowhere, &error));
  g_assert_error (error, IND_ERROR, IND_ERROR_WRITE);
  g_clear_error (&error);

  /* a failed save leaves no temporary behind */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 3);
  }
}

/* Comparison ------------------------------------------------------------ */

/* The text of @layout that contains @needle, or NULL. */
static const IndChartText *
find_text_containing (const IndChartLayout *layout,
                      const char           *needle)
{
  for (guint i = 0; i < layout->texts->len; i++)
    {
      const IndChartText *text = &g_array_index (layout->texts, IndChartText, i);

      if (strstr (text_of (text), needle) != NULL)
        return text;
    }
  return NULL;
}

/* The pace mark standing across @bar, or NULL. */
static const IndChartMark *
pace_mark_on (const IndChartLayout    *layout,
              const cairo_rectangle_t *bar)
{
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const IndChartMark *mark = &g_array_index (layout->marks, IndChartMark, i);

      if (mark->style == IND_CHART_STYLE_PACE && mark->rect.y <= bar->y &&
          mark->rect.y + mark->rect.height >= bar->y + bar->height)
        return mark;
    }
  return NULL;
}

static gboolean
rects_touch (const cairo_rectangle_t *a,
             const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* share_of_color() along the middle of @bar, leaving out the pixels
 * under a text set inside it. */
static double
share_of_color_around_text (const Drawn             *drawn,
                            const cairo_rectangle_t *bar,
                            IndChartStyle            style)
{
  IndChartRgb rgb;
  int y = (int)(bar->y + bar->height / 2);
  int x0 = (int)ceil (bar->x) + 2, x1 = (int)floor (bar->x + bar->width) - 1;
  int same = 0, counted = 0;

  _ind_chart_style_color (style, drawn->layout->dark, &rgb);
  for (int x = x0; x < x1; x++)
    {
      gboolean under_text = FALSE;

      for (guint t = 0; t < drawn->layout->texts->len && !under_text; t++)
        {
          const cairo_rectangle_t *r = &g_array_index (drawn->layout->texts, IndChartText, t).rect;

          under_text = x >= r->x - 1 && x <= r->x + r->width + 1 && y >= r->y && y <= r->y + r->height;
        }
      if (under_text)
        continue;
      counted++;
      same += pixel_is (pixel_at (drawn->surface, x, y), &rgb, 1);
    }
  return counted > 0 ? (double)same / counted : 0;
}

/* The sample (31 March) beside the second quarter: each bar is its
 * period's % ejercido, in the period's colour, the latest darkest, with
 * the period's pace (25 % and 50 %) marked across it. */
static void
check_comparison_bars (int      width,
                       int      height,
                       double   text_scale,
                       gboolean dark)
{
  static const double paces[] = { 25.0, 50.0 };
  static const double ejercido[][2] = {
    { 79.907206, 97.186869 }, { 21.368567, 42.737135 },
    { 18.889560, 20.928176 }, { 23.040448, 45.561048 },
  };
  IndChartOptions options = options_for (text_scale, dark, NULL);
  Drawn drawn = draw_comparison (quarters, width, height, &options);
  const IndChartLayout *layout = drawn.layout;
  GListModel *programs = ind_comparison_get_programs (quarters);
  double per_point = layout->axis_width / (layout->axis_max - layout->axis_min);
  IndChartRgb ink;

  g_assert_cmpuint (layout->n_periods, ==, 2);
  g_assert_cmpuint (layout->first_period, ==, 0);
  g_assert_false (layout->has_pace);
  g_assert_cmpfloat (layout->axis_min, ==, 0);
  g_assert_cmpfloat (layout->axis_max, ==, 100);
  g_assert_cmpuint (layout->rows->len, ==, G_N_ELEMENTS (ejercido));
  g_assert_cmpint (_ind_chart_period_style (0, 2), ==, IND_CHART_STYLE_PERIOD_1);
  g_assert_cmpint (_ind_chart_period_style (1, 2), ==, IND_CHART_STYLE_PERIOD_0);
  _ind_chart_ink_color (IND_CHART_INK_TEXT, dark, &ink);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      const IndChartRow *row = row_at (layout, i);
      g_autoptr(IndComparisonRow) program = g_list_model_get_item (programs, i);

      g_assert_true (row->compared == program);
      g_assert_true (row->item == ind_comparison_row_get_item (program, 1));
      g_assert_cmpuint (row->n_bars, ==, 2);
      g_assert_cmpuint (row->absent, ==, 0);
      for (guint j = 0; j < 2; j++)
        {
          const cairo_rectangle_t *bar = &row->bars[j];
          const IndChartMark *pace = pace_mark_on (layout, bar);
          IndChartStyle style = _ind_chart_period_style (j, 2);
          double end = bar->x + bar->width, mid = bar->y + bar->height / 2;
          double pace_x = _ind_chart_layout_value_to_x (layout, paces[j]);
          IndChartRgb rgb;

          /* Proportional, from the zero line, in the period's colour. */
          g_assert_cmpfloat_with_epsilon (row->values[j], ejercido[i][j], 1e-6);
          g_assert_cmpfloat_with_epsilon (bar->x, layout->axis_x, 1e-6);
          g_assert_cmpfloat_with_epsilon (bar->width, row->values[j] * per_point, 1e-6);
          _ind_chart_style_color (style, dark, &rgb);
          g_assert_true (pixel_is (pixel_at (drawn.surface, (int)end - 2, (int)mid), &rgb, 1));
          if (fabs (end - pace_x) > 6)
            g_assert_true (pixel_is_backdrop (pixel_at (drawn.surface, (int)end + 2, (int)mid), dark));
          g_assert_cmpfloat (share_of_color_around_text (&drawn, bar, style), >, 0.8);

          /* The pace of the period, across the bar and painted there. */
          g_assert_nonnull (pace);
          g_assert_cmpfloat_with_epsilon (pace->rect.x + pace->rect.width / 2, pace_x, 1e-6);
          g_assert_true (pixel_is (pixel_at (drawn.surface, (int)pace_x, (int)mid), &ink, 8));
        }
      /* the later period below the earlier one */
      g_assert_cmpfloat (row->bars[1].y, >, row->bars[0].y + row->bars[0].height);
    }

  /* No value covers a pace mark; one set inside its bar, where the mark
   * left no room beside it, is in the ink that reads on the bar. */
  for (guint t = 0; t < layout->texts->len; t++)
    {
      const IndChartText *text = &g_array_index (layout->texts, IndChartText, t);

      for (guint m = 0; m < layout->marks->len; m++)
        {
          const IndChartMark *mark = &g_array_index (layout->marks, IndChartMark, m);

          if (mark->style == IND_CHART_STYLE_PACE)
            g_assert_false (rects_touch (&text->rect, &mark->rect));
        }
      for (guint i = 0; i < layout->rows->len; i++)
        for (guint j = 0; j < 2; j++)
          {
            const cairo_rectangle_t *bar = &row_at (layout, i)->bars[j];

            if (text->rect.x >= bar->x && text->rect.x + text->rect.width <= bar->x + bar->width &&
                text->rect.y >= bar->y - 0.5 && text->rect.y + text->rect.height <= bar->y + bar->height + 0.5)
              g_assert_cmpint (text->ink, ==, j == 1 ? IND_CHART_INK_ON_DARK : IND_CHART_INK_ON_LIGHT);
          }
    }

  /* The periods in the legend, with their dates, and the pace mark. */
  g_assert_nonnull (find_text (layout, "T1 2024 (31 de marzo de 2024)"));
  g_assert_nonnull (find_text (layout, "T2 2024 (30 de junio de 2024)"));
  g_assert_nonnull (find_text (layout, "Ritmo esperado"));
  g_assert_nonnull (find_text (layout, "% ejercido por periodo, por programa"));
  g_assert_nonnull (find_text (layout, "79.9%"));
  g_assert_nonnull (find_text (layout, "97.2%"));
  g_assert_nonnull (find_text_containing (layout, "25.0% en T1 2024, 50.0% en T2 2024"));
  drawn_clear (&drawn);
}

static void
test_comparison_bars (void)
{
  check_comparison_bars (1920, 1080, 2.0, FALSE);
  check_comparison_bars (900, 560, 1.0, FALSE);
  check_comparison_bars (900, 560, 1.0, TRUE);
}

/* The sample on four earlier quarter ends and the second quarter: five
 * periods, of which the chart shows the latest four and says so. */
static IndComparison *
five_quarters (void)
{
  static const struct { GDateDay day; GDateMonth month; GDateYear year; } ends[] = {
    { 30, G_DATE_SEPTEMBER, 2023 }, { 31, G_DATE_DECEMBER, 2023 },
    { 31, G_DATE_MARCH, 2024 }, { 30, G_DATE_JUNE, 2023 },
  };
  IndReport *reports[G_N_ELEMENTS (ends) + 1];
  g_autoptr(GError) error = NULL;
  IndComparison *comparison;

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (ends[i].day, ends[i].month, ends[i].year);

      reports[i] = ind_test_load_sample ();
      ind_report_set_period_end (reports[i], date);
    }
  reports[G_N_ELEMENTS (ends)] = g_object_ref (june);
  comparison = ind_comparison_new (reports, G_N_ELEMENTS (reports), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    g_object_unref (reports[i]);
  return comparison;
}

static void
test_comparison_periods (void)
{
  g_autoptr(IndComparison) five = five_quarters ();
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  Drawn drawn = draw_comparison (five, 1280, 1024, &options);
  const IndChartLayout *layout = drawn.layout;

  g_assert_cmpuint (ind_comparison_get_n_periods (five), ==, 5);
  g_assert_cmpuint (layout->n_periods, ==, IND_CHART_MAX_BARS);
  g_assert_cmpuint (layout->first_period, ==, 1);
  g_assert_null (find_text (layout, "T2 2023"));
  g_assert_nonnull (find_text (layout, "T3 2023 (30 de septiembre de 2023)"));
  g_assert_nonnull (find_text (layout, "T2 2024 (30 de junio de 2024)"));
  g_assert_nonnull (find_text (layout, "Del 30 de septiembre de 2023 al 30 de junio de 2024"));
  g_assert_nonnull (find_text_containing (layout, "Se omite 1 periodo anterior: la gráfica muestra los 4 más recientes."));
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const IndChartRow *row = row_at (layout, i);

      g_assert_cmpuint (row->n_bars, ==, 4);
      for (guint j = 0; j < row->n_bars; j++)
        {
          double ejercido;

          g_assert_true (ind_comparison_row_get_ejercido (row->compared, j + 1, &ejercido));
          g_assert_cmpfloat_with_epsilon (row->values[j], ejercido, 1e-9);
          g_assert_nonnull (pace_mark_on (layout, &row->bars[j]));
          /* four colours, one per period */
          for (guint k = 0; k < j; k++)
            g_assert_cmpint (_ind_chart_period_style (j, 4), !=, _ind_chart_period_style (k, 4));
        }
    }
  /* the paces of 30 September and 31 December */
  g_assert_cmpfloat_with_epsilon (layout->period_pace[0], 75.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (layout->period_pace[1], 100.0, 1e-9);
  drawn_clear (&drawn);

  check_any_chart (&(Chart) { NULL, 0, five }, 1920, 1080, 2.0, FALSE, NULL);
  check_any_chart (&(Chart) { NULL, 0, five }, 480, 320, 1.0, TRUE, "101/C01");
}

/* A drill-down into 101/C01: A06 is new in June, so its March bar is
 * absent and says why. */
static void
test_comparison_drill_down (void)
{
  IndChartOptions options = options_for (1.0, FALSE, "101/C01");
  Drawn drawn = draw_comparison (quarters, 960, 540, &options);
  const IndChartLayout *layout = drawn.layout;
  const IndChartRow *a06;

  g_assert_cmpuint (layout->rows->len, ==, 6);
  g_assert_nonnull (find_text (layout, "% ejercido por periodo, por actividad"));
  a06 = row_at (layout, 5);
  g_assert_cmpstr (ind_comparison_row_get_path (a06->compared), ==, "101/C01/A06");
  g_assert_cmpuint (a06->absent, ==, 1u << 0);
  g_assert_cmpfloat (a06->bars[0].width, ==, 0);
  g_assert_cmpfloat_with_epsilon (a06->values[1], 100.0 * 1000000 / 3999996, 1e-9);
  g_assert_nonnull (find_text (layout, "no está en este periodo"));
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (row_at (layout, i)->absent, ==, 0);
  drawn_clear (&drawn);
}

/* No overlap, nothing outside the box, at any size, light and dark, at
 * every level and for scopes that do not exist. */
static void
test_comparison_any_size (void)
{
  static const struct { int width, height; double scale; } sizes[] = {
    { 1920, 1080, 2.0 }, { 900, 560, 1.0 }, { 480, 320, 1.0 }, { 160, 120, 1.0 },
    { 320, 900, 1.0 }, { 1600, 300, 1.0 }, { 800, 450, 4.0 }, { 1000, 700, 0.5 },
  };
  static const char *scopes[] = { NULL, "101", "103/C?1", "101/C02", "101/C01/A01", "999" };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint c = 0; c < G_N_ELEMENTS (scopes); c++)
      {
        g_test_message ("comparison %dx%d ×%g %s", sizes[s].width, sizes[s].height, sizes[s].scale,
                        scopes[c] ? scopes[c] : "");
        check_any_chart (&(Chart) { NULL, 0, quarters }, sizes[s].width, sizes[s].height,
                         sizes[s].scale, s % 2 == 1, scopes[c]);
      }
}

static void
test_comparison_item_at (void)
{
  IndChartOptions options = options_for (1.0, FALSE, NULL);
  Drawn drawn = draw_comparison (quarters, 900, 560, &options);
  guint period = 0;

  for (guint i = 0; i < drawn.layout->rows->len; i++)
    {
      const IndChartRow *row = row_at (drawn.layout, i);

      for (guint j = 0; j < row->n_bars; j++)
        {
          const cairo_rectangle_t *bar = &row->bars[j];

          g_assert_true (ind_chart_comparison_item_at (quarters, 900, 560, &options,
                                                       bar->x + bar->width / 2, bar->y + bar->height / 2,
                                                       &period) == row->compared);
          g_assert_cmpuint (period, ==, j);
        }
      /* over the label: the row, but no period */
      g_assert_true (ind_chart_comparison_item_at (quarters, 900, 560, &options, row->area.x + 2,
                                                   row->area.y + row->area.height / 2, &period) == row->compared);
      g_assert_cmpuint (period, ==, G_MAXUINT);
    }
  g_assert_null (ind_chart_comparison_item_at (quarters, 900, 560, &options, 2, 2, &period));
  g_assert_cmpuint (period, ==, G_MAXUINT);
  drawn_clear (&drawn);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();
  june = ind_test_load_fixture ("oosapat-indicadores-2024-06.txt");
  {
    IndReport *pair[] = { sample, june };
    g_autoptr(GError) error = NULL;

    quarters = ind_comparison_new (pair, G_N_ELEMENTS (pair), &error);
    g_assert_no_error (error);
  }
  make_reports ();

  g_test_add_func ("/chart/kind-names", test_kind_names);
  g_test_add_func ("/chart/execution-bars", test_execution_bars);
  g_test_add_func ("/chart/progress-bars", test_progress_bars);
  g_test_add_func ("/chart/progress-semaforo-sample", test_progress_semaforo_sample);
  g_test_add_func ("/chart/pace-line-pixels", test_pace_line_pixels);
  g_test_add_func ("/chart/ticks", test_ticks);
  g_test_add_func ("/chart/every-chart", test_every_chart);
  g_test_add_func ("/chart/any-size", test_any_size);
  g_test_add_func ("/chart/every-drill-down", test_every_drill_down);
  g_test_add_func ("/chart/labels", test_labels);
  g_test_add_func ("/chart/names-on-two-lines", test_names_on_two_lines);
  g_test_add_func ("/chart/one-program", test_one_program);
  g_test_add_func ("/chart/zero-budget", test_zero_budget);
  g_test_add_func ("/chart/missing-placeholder", test_missing_placeholder);
  g_test_add_func ("/chart/rest-row", test_rest_row);
  g_test_add_func ("/chart/pages", test_pages);
  g_test_add_func ("/chart/drill-down", test_drill_down);
  g_test_add_func ("/chart/item-at", test_item_at);
  g_test_add_func ("/chart/composition-others", test_composition_others);
  g_test_add_func ("/chart/dark", test_dark);
  g_test_add_func ("/chart/empty-report", test_empty_report);
  g_test_add_func ("/chart/save", test_save);
  g_test_add_func ("/chart/comparison/bars", test_comparison_bars);
  g_test_add_func ("/chart/comparison/periods", test_comparison_periods);
  g_test_add_func ("/chart/comparison/drill-down", test_comparison_drill_down);
  g_test_add_func ("/chart/comparison/any-size", test_comparison_any_size);
  g_test_add_func ("/chart/comparison/item-at", test_comparison_item_at);

  status = g_test_run ();
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    g_clear_object (&reports[i].report);
  g_object_unref (quarters);
  g_object_unref (june);
  g_object_unref (sample);
  return status;
}
