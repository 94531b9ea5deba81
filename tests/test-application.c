/* test-application.c: the application's settings, window size, about and
 * preferences actions
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ind-application.h"
#include "ind-preferences-window.h"
#include "ind-window.h"

static IndApplication *app;

/* The toplevel of @type most recently opened, or NULL. */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static void
test_actions (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
}

static void
test_window_size (void)
{
  GSettings *settings = ind_application_get_settings (app);
  IndWindow *first, *second;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);

  first = ind_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (first), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);

  /* What the user leaves is saved… */
  gtk_window_set_default_size (GTK_WINDOW (first), 1000, 640);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);

  /* …the next window opens at it… */
  second = ind_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 640);

  /* …and resizing one window does not resize the other. */
  gtk_window_set_default_size (GTK_WINDOW (second), 1100, 720);
  gtk_window_get_default_size (GTK_WINDOW (first), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (first));
}

static void
test_preferences (void)
{
  GSettings *settings = ind_application_get_settings (app);
  IndWindow *window = ind_window_new (app);
  GtkWindow *preferences;
  GtkSpinButton *green;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_toplevel (IND_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (preferences));

  /* It edits the application's own settings. */
  green = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                          IND_TYPE_PREFERENCES_WINDOW,
                                                          "green_spin"));
  gtk_spin_button_set_value (green, 7.5);
  g_assert_cmpfloat (g_settings_get_double (settings, "semaforo-green"), ==, 7.5);

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about (void)
{
  IndWindow *window = ind_window_new (app);
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = (AdwAboutWindow *)find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Indicadores");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, PACKAGE_WEBSITE);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_nonnull (strstr (adw_about_window_get_release_notes (about), "<li>"));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+? opens the shortcuts window GtkApplication builds from
 * gtk/help-overlay.ui; the charts page finds its icon in the resources. */
static void
test_window_resources (void)
{
  IndWindow *window = ind_window_new (app);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));

  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_strv_contains ((const char * const *)accels, "<Control>question"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "indicadores-chart-symbolic"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK loads icons through GdkPixbuf, which recognises an SVG by its first
 * bytes, not by its name. */
static void
test_icons (void)
{
  static const char *icons[] = {
    "hicolor/scalable/apps/" APP_ID ".svg",
    "hicolor/symbolic/apps/" APP_ID "-symbolic.svg",
    "resources/indicadores-chart-symbolic.svg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    for (int size = 16; size <= 128; size *= 8)
      {
        g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", icons[i], NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file_at_size (path, size, size, &error);

        g_assert_no_error (error);
        g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, size);
        g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, size);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = ind_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/application/actions", test_actions);
  g_test_add_func ("/application/icons", test_icons);
  g_test_add_func ("/application/window-size", test_window_size);
  g_test_add_func ("/application/preferences", test_preferences);
  g_test_add_func ("/application/about", test_about);
  g_test_add_func ("/application/window-resources", test_window_resources);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
