/* benchmark-load.c: how long ind_report_load() takes to read, build and
 * validate a report, and the memory it needs, without the cost of
 * starting a process or printing anything.
 *
 *   benchmark-load [--runs N] FILE
 *
 * Prints one line of key=value pairs: the best and median wall-clock
 * time and the best processor time in seconds, the peak resident set
 * size in kB (getrusage: the largest any load needed, as each report is
 * freed before the next load), and what was read. Run by
 * build-aux/benchmark.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ind-load.h"
#include "ind-report.h"

static double
processor_time (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 3;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Loads to time (default: 3)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autofree double *times = NULL;
  double best_cpu = G_MAXDOUBLE;
  struct rusage usage;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "usage: benchmark-load [--runs N] FILE");
      return 1;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  times = g_new (double, runs);
  for (int i = 0; i < runs; i++)
    {
      gint64 start;
      double start_cpu;

      /* The previous report is freed first: the peak is one load's. */
      g_clear_object (&report);
      start = g_get_monotonic_time ();
      start_cpu = processor_time ();
      report = ind_report_load (file, NULL, &error);
      times[i] = (g_get_monotonic_time () - start) / 1e6;
      best_cpu = MIN (best_cpu, processor_time () - start_cpu);
      if (report == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  qsort (times, runs, sizeof times[0], compare_doubles);
  getrusage (RUSAGE_SELF, &usage);

  g_print ("runs=%d best=%.4f median=%.4f cpu=%.4f peak_rss_kb=%ld programs=%u components=%u activities=%u diagnostics=%u\n",
           runs, times[0], times[runs / 2], best_cpu, usage.ru_maxrss,
           ind_report_count_items (report, IND_KIND_PROGRAMA),
           ind_report_count_items (report, IND_KIND_COMPONENTE),
           ind_report_count_items (report, IND_KIND_ACTIVIDAD),
           g_list_model_get_n_items (ind_report_get_diagnostics (report)));
  return 0;
}
