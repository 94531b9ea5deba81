/* ind-application.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-application.h"
#include "ind-cli.h"
#include "ind-window.h"

struct _IndApplication
{
  AdwApplication parent_instance;
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

static void
ind_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      IndWindow *window = get_window (app);

      if (ind_window_has_report (window) || ind_window_is_loading (window))
        window = ind_window_new (IND_APPLICATION (app));
      ind_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (window,
                         "application-name", "Indicadores",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Indicadores authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
ind_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (ind_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
ind_application_class_init (IndApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
