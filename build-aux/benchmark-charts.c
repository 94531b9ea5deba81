/* benchmark-charts.c: how long chart 1 (ejecución) takes to draw for
 * 1,000 programs. Target: under 16 ms, one frame at 60 Hz.
 *
 * Run by build-aux/benchmark.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "ind-chart.h"

#define N_PROGRAMS 1000
#define N_RUNS     50

static IndReport *
make_report (void)
{
  IndReport *report = ind_report_new (IND_FORMAT_TEXT);
  g_autoptr(GDate) date = g_date_new_dmy (30, G_DATE_JUNE, 2024);

  ind_report_set_period_end (report, date);
  for (guint i = 0; i < N_PROGRAMS; i++)
    {
      g_autofree char *clave = g_strdup_printf ("%u", 1000 + i);
      g_autofree char *nombre = g_strdup_printf ("PROGRAMA %04u PARA EL FORTALECIMIENTO INTEGRAL DE LA ATENCION A USUARIOS Y DE LA RECAUDACION", i);
      g_autoptr(IndItem) program = ind_item_new (IND_KIND_PROGRAMA, clave, clave);
      gint64 modificado = 100000000 + (gint64)((i * 7919) % 997) * 1000000;

      nombre[100] = '\0';
      ind_item_set_nombre (program, nombre);
      ind_item_set_money (program, IND_MONEY_MODIFICADO, modificado);
      ind_item_set_money (program, IND_MONEY_DEVENGADO, modificado / 100 * (i % 90));
      ind_item_set_money (program, IND_MONEY_PAGADO, modificado / 100 * (i % 70));
      ind_report_append_program (report, program);
    }
  return report;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
run (IndReport *report,
     int        width,
     int        height,
     double     text_scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  double times[N_RUNS];
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.text_scale = text_scale;
  /* the first draws load the fonts */
  for (int i = 0; i < 3; i++)
    ind_chart_draw (cr, report, IND_CHART_EJECUCION, width, height, &options);
  for (int i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      ind_chart_draw (cr, report, IND_CHART_EJECUCION, width, height, &options);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  g_print ("ejecución, %d programs, %d × %d, text scale %.1f: median %.2f ms, best %.2f ms, worst %.2f ms\n",
           N_PROGRAMS, width, height, text_scale, times[N_RUNS / 2], times[0], times[N_RUNS - 1]);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(IndReport) report = NULL;

  setlocale (LC_ALL, "");
  report = make_report ();
  run (report, 1920, 1080, 2.0);
  run (report, 960, 540, 1.0);
  return 0;
}
