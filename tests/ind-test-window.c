/* ind-test-window.c: what the GUI tests share: a window opened on the sample,
 * driven by its actions, and a main loop turned until something holds
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ind-test-window.h"

static gboolean
wake (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
ind_test_main_loop_turn (gint64 deadline)
{
  gint64 now = g_get_monotonic_time ();
  gboolean woke = FALSE;
  guint wake_id;

  if (now >= deadline)
    return FALSE;
  /* a turn every 20 ms at least: what a test waits for may be no event
   * of this process, such as a file another program writes */
  wake_id = g_timeout_add (MIN ((deadline - now) / 1000 + 1, 20), wake, &woke);
  g_main_context_iteration (NULL, TRUE);
  if (!woke)
    g_source_remove (wake_id);
  return TRUE;
}

void
activate (IndWindow  *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

IndWindow *
new_window (void)
{
  IndWindow *window = ind_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The report at @path in a new window, read. */
IndWindow *
open_path (const char *path)
{
  IndWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ind_window_open (window, file);
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  return window;
}

/* The sample in a window of @width × @height, laid out. */
IndWindow *
open_sample_at (int width,
                int height)
{
  IndWindow *window = ind_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  activate (window, "win.open-sample");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  wait_frames (GTK_WIDGET (window), 2);
  return window;
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *)user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Until @widget has drawn @n frames: what was queued is laid out. */
void
wait_frames (GtkWidget *widget,
             guint      n)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  WAIT_FOR (frames >= n);
  gtk_widget_remove_tick_callback (widget, id);
}

IndWindow *
open_sample (void)
{
  IndWindow *window = new_window ();

  g_assert_false (ind_window_has_report (window));
  activate (window, "win.open-sample");
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));
  return window;
}

void
close_window (IndWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

const char *
selected_path (IndWindow *window)
{
  IndItem *item = ind_report_table_get_selected_item (_ind_window_get_table (window));

  return item != NULL ? ind_item_get_path (item) : NULL;
}

gpointer
find_toplevel (IndWindow *window,
               GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;
    }
  return NULL;
}

AdwMessageDialog *
find_error_dialog (IndWindow *window)
{
  return find_toplevel (window, ADW_TYPE_MESSAGE_DIALOG);
}

/* The label of a toast (or any label) under @widget that shows @text. */
gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* Whether @needle is among the bytes of a binary file. */
gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}
