/* test-chart-view.c: the charts page, driven through its actions
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "ind-chart-view.h"
#include "ind-test-window.h"

static IndReport *sample;

typedef struct
{
  GtkWindow    *window;
  IndChartView *view;
  GtkWidget    *area;
} Fixture;

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

/* Waits until @widget has painted itself as it is now: being mapped, or
 * no event pending, says nothing of whether its frame has come. */
static void
wait_for_draw (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  WAIT_FOR (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0);
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_flag), &painted);
  gtk_widget_queue_draw (widget);
  WAIT_FOR (painted);
  g_signal_handler_disconnect (clock, handler);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = IND_CHART_VIEW (ind_chart_view_new ());
  gtk_window_set_default_size (fixture->window, 1000, 650);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  ind_chart_view_set_report (fixture->view, sample);
  gtk_window_present (fixture->window);
  /* the chart is the child of the toast overlay, the view's last child */
  fixture->area = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (gtk_widget_get_last_child (GTK_WIDGET (fixture->view))));
  g_assert_true (GTK_IS_DRAWING_AREA (fixture->area));
  wait_for_draw (fixture->area);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

/* A point of a bar chart over @item's row, found the way a user would:
 * by moving the pointer over it. */
static gboolean
point_over (Fixture *fixture,
            IndItem *item,
            double  *x,
            double  *y)
{
  int width = gtk_widget_get_width (fixture->area);
  int height = gtk_widget_get_height (fixture->area);
  IndChartOptions options;

  ind_chart_options_init (&options);
  options.scope_path = ind_chart_view_get_scope_path (fixture->view);
  options.dark = ind_chart_view_get_dark (fixture->view);
  /* rows of bars span the chart: going down its middle meets them all */
  *x = width / 2;
  for (*y = 0; *y < height; *y += 4)
    if (ind_chart_item_at (sample, ind_chart_view_get_kind (fixture->view), width, height,
                           &options, *x, *y) == item)
      return TRUE;
  return FALSE;
}

static void
test_kind (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_cmpint (ind_chart_view_get_kind (fixture->view), ==, IND_CHART_EJECUCION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "chart.kind", "s", "avance"));
  g_assert_cmpint (ind_chart_view_get_kind (fixture->view), ==, IND_CHART_AVANCE);
  g_object_set (fixture->view, "kind", IND_CHART_COMPOSICION, NULL);
  g_assert_cmpint (ind_chart_view_get_kind (fixture->view), ==, IND_CHART_COMPOSICION);
}

/* Program 103 → its components → back to the programs. */
static void
test_drill_down_and_back (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  /* the first button of the toolbar */
  GtkWidget *back_button = gtk_widget_get_first_child (gtk_widget_get_first_child (view));

  g_assert_true (GTK_IS_BUTTON (back_button));
  g_assert_null (ind_chart_view_get_scope_path (fixture->view));
  g_assert_true (gtk_widget_activate_action (view, "chart.drill-down", "s", "103"));
  g_assert_cmpstr (ind_chart_view_get_scope_path (fixture->view), ==, "103");
  g_assert_true (gtk_widget_activate_action (view, "chart.drill-down", "s", "103/C01"));
  g_assert_cmpstr (ind_chart_view_get_scope_path (fixture->view), ==, "103/C01");
  /* an activity has nothing below it */
  gtk_widget_activate_action (view, "chart.drill-down", "s", "103/C01/A01");
  g_assert_cmpstr (ind_chart_view_get_scope_path (fixture->view), ==, "103/C01");

  g_assert_true (gtk_widget_activate_action (view, "chart.back", NULL));
  g_assert_cmpstr (ind_chart_view_get_scope_path (fixture->view), ==, "103");
  g_assert_true (gtk_widget_activate_action (view, "chart.back", NULL));
  g_assert_null (ind_chart_view_get_scope_path (fixture->view));
  /* at the top, the back button is disabled */
  g_assert_false (gtk_widget_get_sensitive (back_button));
  ind_chart_view_set_scope_path (fixture->view, "101");
  g_assert_true (gtk_widget_get_sensitive (back_button));
  g_signal_emit_by_name (back_button, "clicked");
  g_assert_null (ind_chart_view_get_scope_path (fixture->view));

  /* a new report starts from its programs */
  ind_chart_view_set_scope_path (fixture->view, "102");
  {
    g_autoptr(IndReport) other = ind_test_load_sample ();

    ind_chart_view_set_report (fixture->view, other);
    g_assert_null (ind_chart_view_get_scope_path (fixture->view));
    ind_chart_view_set_report (fixture->view, sample);
  }
}

/* The tooltip over program 103 gives its exact figures. */
static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  IndItem *p103 = ind_report_find_item (sample, "103");
  g_autofree char *markup = NULL;
  double x, y;

  g_assert_true (point_over (fixture, p103, &x, &y));
  markup = ind_chart_view_describe_at (fixture->view, x, y);
  g_assert_nonnull (markup);
  g_assert_nonnull (strstr (markup, "<b>103</b>"));
  g_assert_nonnull (strstr (markup, "$43,892,250.12"));
  g_assert_nonnull (strstr (markup, "$8,291,052.86"));
  g_assert_nonnull (strstr (markup, "$7,317,095.93"));
  g_assert_nonnull (strstr (markup, "18.9%"));
  g_assert_null (ind_chart_view_describe_at (fixture->view, 1, 1));

  /* the placeholder of the lost header says it has no figures */
  ind_chart_view_set_scope_path (fixture->view, "103");
  g_clear_pointer (&markup, g_free);
  g_assert_true (point_over (fixture, ind_report_find_item (sample, "103/C?1"), &x, &y));
  markup = ind_chart_view_describe_at (fixture->view, x, y);
  g_assert_nonnull (strstr (markup, "103/C?1"));
  g_assert_null (strstr (markup, "$"));
}

/* "Copiar" puts a slide-sized image of the chart on the clipboard. */
static void
test_copy (Fixture       *fixture,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->view));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "chart.copy", NULL));
  g_assert_true (gdk_clipboard_is_local (clipboard));
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, &error));
  g_assert_no_error (error);
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, IND_CHART_PRESENTATION_WIDTH);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, IND_CHART_PRESENTATION_HEIGHT);
}

/* The widget paints the chart in the style of the desktop. */
static void
test_follows_dark_style (Fixture       *fixture,
                         gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  g_autofree guint32 *pixels = NULL;
  int width, height;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (ind_chart_view_get_dark (fixture->view));
  wait_for_draw (fixture->area);

  paintable = gtk_widget_paintable_new (fixture->area);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (fixture->area),
                          gtk_widget_get_height (fixture->area));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (fixture->area));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_new (guint32, width * height);
  gdk_texture_download (texture, (guchar *)pixels, width * 4);
  /* the chart's dark background, in the corners of the chart */
  g_assert_cmphex (pixels[0] & 0xffffff, ==, 0x1e1e1e);
  g_assert_cmphex (pixels[width * height - 1] & 0xffffff, ==, 0x1e1e1e);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (ind_chart_view_get_dark (fixture->view));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ind_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();
  sample = ind_test_load_sample ();

  g_test_add ("/chart-view/kind", Fixture, NULL, fixture_set_up, test_kind, fixture_tear_down);
  g_test_add ("/chart-view/drill-down-and-back", Fixture, NULL, fixture_set_up,
              test_drill_down_and_back, fixture_tear_down);
  g_test_add ("/chart-view/tooltip", Fixture, NULL, fixture_set_up, test_tooltip, fixture_tear_down);
  g_test_add ("/chart-view/copy", Fixture, NULL, fixture_set_up, test_copy, fixture_tear_down);
  g_test_add ("/chart-view/follows-dark-style", Fixture, NULL, fixture_set_up,
              test_follows_dark_style, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (sample);
  return status;
}
