/* benchmark-window.c: how soon the window shows the first rows of a
 * report it opens, and how long the main loop is kept from the user
 * meanwhile.
 *
 *   benchmark-window [--settle SECONDS] [--verbose] FILE
 *
 * Opens a window at its default size, lets it draw, then opens FILE as
 * the user would (ind_window_open(): read in a thread, shown when read).
 * Prints one line of key=value pairs:
 *
 *   first_rows           seconds from the open to the end of the first
 *                        frame that painted rows of the table (the frame
 *                        clock's "after-paint")
 *   first_rows_cpu       the processor time of the process meanwhile: the
 *                        reading thread's and the main thread's
 *   first_rows_main_cpu  the main thread's
 *   longest              the longest main-loop iteration, in seconds, from
 *                        the open until --settle seconds after the first
 *                        rows (default 1): the time between two polls of
 *                        the main context, when no event is handled and
 *                        nothing is drawn
 *   longest_cpu          the main thread's processor time in it
 *   longest_at           when it ended, in seconds from the open
 *   slow                 how many iterations took more than 100 ms
 *   activities           the activities of the report shown
 *
 * --verbose prints each iteration of more than 50 ms as it ends.
 *
 * Needs a display: build-aux/benchmark runs it under
 * tests/run-under-xvfb, with the build tree's settings schema.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <time.h>

#include "ind-report-table.h"
#include "ind-window.h"

#define SLOW_USEC (100 * 1000)

static struct
{
  GPollFunc poll;
  gint64    polled;       /* when the last poll returned, or 0 */
  gint64    polled_cpu;   /* the main thread's processor time then */
  gboolean  measuring;
  gboolean  verbose;
  gint64    opened;
  gint64    longest;
  gint64    longest_at;
  gint64    longest_cpu;
  guint     slow;
  gint64    first_rows;   /* 0 until a frame painted rows */
  gint64    first_rows_cpu;   /* the process's processor time to then */
  gint64    opened_cpu;
  gint64    opened_main_cpu;
  gint64    first_rows_main_cpu;  /* the main thread's */
} probe;

/* Of the calling thread, in µs. */
static gint64
thread_time (void)
{
  struct timespec t;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec * G_USEC_PER_SEC + t.tv_nsec / 1000;
}

static gint64
process_time (void)
{
  struct timespec t;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * G_USEC_PER_SEC + t.tv_nsec / 1000;
}

/* The work of an iteration is the time since the last poll returned. */
static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_time ();
  int result;

  if (probe.measuring && probe.polled != 0)
    {
      gint64 work = now - probe.polled;

      if (work > probe.longest)
        {
          probe.longest = work;
          probe.longest_at = now - probe.opened;
          probe.longest_cpu = cpu - probe.polled_cpu;
        }
      probe.slow += work > SLOW_USEC;
      if (probe.verbose && work > SLOW_USEC / 2)
        g_printerr ("iteration ending at %.3f s: %.3f s (%.3f s processor)\n",
                    (now - probe.opened) / 1e6, work / 1e6, (cpu - probe.polled_cpu) / 1e6);
    }
  result = probe.poll (fds, n_fds, timeout);
  probe.polled = g_get_monotonic_time ();
  probe.polled_cpu = thread_time ();
  return result;
}

static GtkWidget *
find_table (GtkWidget *widget)
{
  if (IND_IS_REPORT_TABLE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *table = find_table (child);

      if (table != NULL)
        return table;
    }
  return NULL;
}

/* A row of the table on screen: a label with text inside a mapped "row"
 * that has a size. */
static gboolean
shows_row (GtkWidget *widget,
           gboolean   in_row)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_height (widget) == 0)
    return FALSE;
  in_row = in_row || g_str_equal (gtk_widget_get_css_name (widget), "row");
  if (in_row && GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_row (child, in_row))
      return TRUE;
  return FALSE;
}

static void
after_paint (GdkFrameClock *clock,
             GtkWidget     *window)
{
  GtkWidget *table;

  if (!probe.measuring || probe.first_rows != 0)
    return;
  table = find_table (window);
  if (table != NULL && ind_report_table_get_report (IND_REPORT_TABLE (table)) != NULL &&
      shows_row (table, FALSE))
    {
      probe.first_rows = g_get_monotonic_time () - probe.opened;
      probe.first_rows_cpu = process_time () - probe.opened_cpu;
      probe.first_rows_main_cpu = thread_time () - probe.opened_main_cpu;
    }
}

static gboolean
painted (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  (*(guint *)user_data)++;
  return G_SOURCE_CONTINUE;
}

static void
run_until (gboolean (*done) (gpointer),
           gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
drew_twice (gpointer data)
{
  return *(guint *)data >= 2;
}

/* or the read failed */
static gboolean
rows_shown (gpointer data)
{
  IndWindow *window = data;

  return probe.first_rows != 0 || (!ind_window_is_loading (window) && !ind_window_has_report (window));
}

static gboolean
past (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *)data;
}

int
main (int   argc,
      char *argv[])
{
  double settle = 1.0;
  GOptionEntry entries[] = {
    { "settle", 0, 0, G_OPTION_ARG_DOUBLE, &settle, "Seconds measured after the first rows (default: 1)", "SECONDS" },
    { "verbose", 0, 0, G_OPTION_ARG_NONE, &probe.verbose, "Print each iteration over 50 ms", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  IndWindow *window;
  IndReport *report;
  guint frames = 0;
  gint64 end;

  /* in the user's language, as app/main.c does */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("INDICADORES_LOCALEDIR") ? g_getenv ("INDICADORES_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: benchmark-window [--settle SECONDS] FILE");
      return 1;
    }
  gtk_init ();
  adw_init ();

  probe.poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);

  window = ind_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), painted, &frames, NULL);
  run_until (drew_twice, &frames);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint), window);

  file = g_file_new_for_commandline_arg (argv[1]);
  probe.opened = g_get_monotonic_time ();
  probe.opened_cpu = process_time ();
  probe.opened_main_cpu = thread_time ();
  probe.polled = 0;
  probe.measuring = TRUE;
  ind_window_open (window, file);
  run_until (rows_shown, window);
  if (probe.first_rows == 0)
    {
      g_printerr ("benchmark-window: %s was not opened\n", argv[1]);
      return 1;
    }
  end = g_get_monotonic_time () + (gint64)(settle * G_USEC_PER_SEC);
  run_until (past, &end);
  probe.measuring = FALSE;

  report = ind_window_get_report (window);
  g_print ("first_rows=%.4f first_rows_cpu=%.4f first_rows_main_cpu=%.4f longest=%.4f longest_cpu=%.4f longest_at=%.4f slow=%u activities=%u\n",
           probe.first_rows / 1e6, probe.first_rows_cpu / 1e6, probe.first_rows_main_cpu / 1e6, probe.longest / 1e6, probe.longest_cpu / 1e6,
           probe.longest_at / 1e6, probe.slow,
           report != NULL ? ind_report_count_items (report, IND_KIND_ACTIVIDAD) : 0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
