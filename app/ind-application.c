/* ind-application.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-application.h"
#include "ind-cli.h"
#include "ind-preferences-window.h"
#include "ind-window.h"

struct _IndApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (IndApplication, ind_application, ADW_TYPE_APPLICATION)

/* Command-line actions run here, before any display is needed; files to
 * open are handed to the primary instance. */
static int
ind_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) gfiles = NULL;
  int status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  status = ind_cli_run (options, files);
  if (status >= 0 || files == NULL)
    return status;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("indicadores: %s\n", error->message);
      return 1;
    }

  gfiles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
  g_application_open (app, (GFile **)gfiles->pdata, gfiles->len, "");

  /* A second instance only forwards the files. */
  return g_application_get_is_remote (app) ? 0 : -1;
}

static IndWindow *
get_window (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (ind_window_new (IND_APPLICATION (app)));
  return IND_WINDOW (window);
}

static void
ind_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (app)));
}

/* The first file goes to an empty window; any other opens a new window
 * once read, so that a file that cannot be read leaves no empty window
 * behind its message. */
static void
ind_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  IndWindow *window = get_window (app);

  for (int i = 0; i < n_files; i++)
    {
      if (ind_window_has_report (window) || ind_window_is_loading (window))
        ind_window_open_beside (window, files[i]);
      else
        ind_window_open (window, files[i]);
    }
  gtk_window_present (GTK_WINDOW (window));
}

/* Each window is closed as by its close button, so that it writes its
 * remarks, or asks when it cannot; the application ends with the last. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = NULL;

  /* a closed window leaves the application's list */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  IndApplication *self = IND_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (ind_preferences_window_new (parent, self->settings)));
}

/* The same sentences as the release notes in the metainfo, so that one
 * translation serves both. */
static char *
release_notes (void)
{
  static const char *items[] = {
    N_("Opens the report as printed to PDF, or exported as a spreadsheet, CSV or text"),
    N_("Points out what is doubtful: totals that do not add up, lost pages, weights that do not match"),
    N_("Compares spending with the expected pace of the period, in green, yellow and red"),
    N_("Prepares charts, an Excel workbook and a PDF summary for the council"),
  };
  GString *notes = g_string_new (NULL);
  g_autofree char *first = g_markup_escape_text (_("First release."), -1);

  g_string_append_printf (notes, "<p>%s</p><ul>", first);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *item = g_markup_escape_text (_(items[i]), -1);

      g_string_append_printf (notes, "<li>%s</li>", item);
    }
  g_string_append (notes, "</ul>");
  return g_string_free (notes, FALSE);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autofree char *notes = release_notes ();
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", "Indicadores",
                        "developer-name", "OOSAPAT",
                        "version", PACKAGE_VERSION,
                        "comments", _("Read «Indicadores de Resultados» reports and prepare them for the council."),
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/-/issues",
                        "copyright", _("© 2026 The Indicadores authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", notes,
                        /* Translators: your names, one per line, as "Name <email>" or "Name https://…" */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* A main window opens at the size the last one was left at; resizing one
 * window is saved but does not resize the others. */
static void
ind_application_window_added (GtkApplication *app,
                              GtkWindow      *window)
{
  IndApplication *self = IND_APPLICATION (app);
  const GSettingsBindFlags flags = G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES;

  GTK_APPLICATION_CLASS (ind_application_parent_class)->window_added (app, window);

  if (!IND_IS_WINDOW (window))
    return;

  g_settings_bind (self->settings, "window-width", window, "default-width", flags);
  g_settings_bind (self->settings, "window-height", window, "default-height", flags);
  g_settings_bind (self->settings, "window-maximized", window, "maximized", flags);
}

static void
ind_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "preferences", preferences_activated },
    { "about", about_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  IndApplication *self = IND_APPLICATION (app);

  G_APPLICATION_CLASS (ind_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
ind_application_dispose (GObject *object)
{
  IndApplication *self = IND_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ind_application_parent_class)->dispose (object);
}

static void
ind_application_class_init (IndApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = ind_application_dispose;

  gtk_app_class->window_added = ind_application_window_added;

  app_class->handle_local_options = ind_application_handle_local_options;
  app_class->activate = ind_application_activate;
  app_class->open = ind_application_open;
  app_class->startup = ind_application_startup;
}

static void
ind_application_init (IndApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), ind_cli_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Read «Indicadores de Resultados» reports and prepare them for the council."));
}

IndApplication *
ind_application_new (void)
{
  return g_object_new (IND_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/* The application's settings (schema mx.oosapat.Indicadores); they exist
 * from startup on. */
GSettings *
ind_application_get_settings (IndApplication *self)
{
  g_return_val_if_fail (IND_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (self->settings != NULL, NULL);

  return self->settings;
}
