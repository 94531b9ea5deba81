/* test-preferences.c: the preferences window reads and writes the
 * settings, and keeps the green band below the yellow one
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n.h>

#include "ind-preferences-window.h"

typedef struct
{
  GSettings            *settings;
  IndPreferencesWindow *window;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                   IND_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

/* A backend of its own starts every test from the schema's defaults. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  fixture->settings = g_settings_new_with_backend (APP_ID, backend);
  fixture->window = ind_preferences_window_new (NULL, fixture->settings);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->settings);
}

static void
test_bands_follow_settings (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkSpinButton *green = child (fixture, "green_spin");
  GtkSpinButton *yellow = child (fixture, "yellow_spin");

  g_assert_cmpfloat (gtk_spin_button_get_value (green), ==, 5.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (yellow), ==, 15.0);

  gtk_spin_button_set_value (green, 8.0);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "semaforo-green"), ==, 8.0);

  g_settings_set_double (fixture->settings, "semaforo-yellow", 20.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (yellow), ==, 20.0);
}

static void
test_green_stays_below_yellow (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkSpinButton *green = child (fixture, "green_spin");
  GtkSpinButton *yellow = child (fixture, "yellow_spin");

  gtk_spin_button_set_value (green, 30.0);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (green), 14.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "semaforo-green"), 14.9, 1e-9);

  gtk_spin_button_set_value (yellow, 2.0);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (yellow), 15.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "semaforo-yellow"), 15.0, 1e-9);

  /* Once yellow moves up, green may follow. */
  gtk_spin_button_set_value (yellow, 40.0);
  gtk_spin_button_set_value (green, 30.0);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "semaforo-green"), ==, 30.0);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "semaforo-yellow"), ==, 40.0);
}

static void
test_page_size (Fixture       *fixture,
                gconstpointer  data)
{
  AdwComboRow *row = child (fixture, "page_size_row");
  g_autofree char *page_size = NULL;

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 1);
  page_size = g_settings_get_string (fixture->settings, "pdf-page-size");
  g_assert_cmpstr (page_size, ==, "a4");
  g_assert_cmpint (g_settings_get_enum (fixture->settings, "pdf-page-size"), ==, 1);

  g_settings_set_string (fixture->settings, "pdf-page-size", "letter");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
}

static void
test_export_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwActionRow *row = child (fixture, "export_folder_row");
  GtkWidget *reset = child (fixture, "reset_folder_button");
  g_autoptr(GFile) folder = g_file_new_for_path ("/srv/consejo/informes 2024");
  g_autofree char *uri = g_file_get_uri (folder);
  g_autofree char *default_subtitle = NULL;
  g_autofree char *saved = NULL;

  default_subtitle = g_strdup (adw_action_row_get_subtitle (row));
  g_assert_cmpstr (default_subtitle, ==, _("The folder of the opened report"));
  g_assert_false (gtk_widget_get_visible (reset));

  g_settings_set_string (fixture->settings, "export-folder", uri);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "/srv/consejo/informes 2024");
  g_assert_true (gtk_widget_get_visible (reset));

  g_signal_emit_by_name (reset, "clicked");
  saved = g_settings_get_string (fixture->settings, "export-folder");
  g_assert_cmpstr (saved, ==, "");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, default_subtitle);
  g_assert_false (gtk_widget_get_visible (reset));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/preferences/bands-follow-settings", Fixture, NULL,
              fixture_set_up, test_bands_follow_settings, fixture_tear_down);
  g_test_add ("/preferences/green-stays-below-yellow", Fixture, NULL,
              fixture_set_up, test_green_stays_below_yellow, fixture_tear_down);
  g_test_add ("/preferences/page-size", Fixture, NULL,
              fixture_set_up, test_page_size, fixture_tear_down);
  g_test_add ("/preferences/export-folder", Fixture, NULL,
              fixture_set_up, test_export_folder, fixture_tear_down);

  return g_test_run ();
}
