/* test-help.c: the user guide from the window. F1, "Ayuda" in the main
 * menu and the advice beside each problem of the review open the guide's
 * help: URI through the desktop's handler of help: URIs, here a stand-in
 * that writes down what it was given; with no handler, a message says
 * where the guide is. Run under Xvfb by run-under-xvfb, which gives the
 * test user folders of its own.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ind-advice.h"
#include "ind-observations-private.h"
#include "ind-test-window.h"

#define HANDLER_ID "ind-test-help.desktop"

static char *launched_file;  /* where the stand-in writes each URI */

static void
write_file (const char *path,
            const char *text,
            int         mode)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* The stand-in help browser, made the user's default for help: URIs before
 * GIO reads the desktop's applications. */
static void
install_help_handler (void)
{
  g_autofree char *script = g_build_filename (g_get_user_data_dir (), "ind-test-help-browser", NULL);
  g_autofree char *desktop = g_build_filename (g_get_user_data_dir (), "applications", HANDLER_ID, NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;

  launched_file = g_build_filename (g_get_user_data_dir (), "launched-uris", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", launched_file);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help stand-in\n"
                                  "Exec=%s %%u\nMimeType=x-scheme-handler/help;\nNoDisplay=true\n",
                                  script);
  write_file (script, script_text, 0700);
  write_file (desktop, desktop_text, 0600);
  write_file (mimeapps, "[Default Applications]\nx-scheme-handler/help=" HANDLER_ID ";\n", 0600);
}

/* The last URI the stand-in was given, or NULL. */
static char *
last_launched (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  if (!g_file_get_contents (launched_file, &text, NULL, NULL))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* the text ends with a newline: the last line is empty */
  return n >= 2 ? g_strdup (lines[n - 2]) : NULL;
}

static gboolean
launched (const char *uri)
{
  g_autofree char *last = last_launched ();

  return g_strcmp0 (last, uri) == 0;
}

static void
forget_launches (void)
{
  g_remove (launched_file);
}

/* The shortcut of the window's class bound to @trigger ("F1"). */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* F1 does what pressing it does: its shortcut's action, on the window. */
static void
test_f1 (void)
{
  IndWindow *window = new_window ();
  g_autoptr(GtkShortcut) f1 = find_shortcut (GTK_WIDGET (window), "F1");
  GtkShortcutAction *action;

  g_assert_nonnull (f1);
  action = gtk_shortcut_get_action (f1);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, "win.help");

  forget_launches ();
  g_assert_true (gtk_shortcut_action_activate (action, GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (window), gtk_shortcut_get_arguments (f1)));
  WAIT_FOR (launched ("help:mx.oosapat.Indicadores"));
  close_window (window);
}

/* The item of @menu (or of its sections) that runs @action, with its
 * label and target. */
static gboolean
find_menu_item (GMenuModel  *menu,
                const char  *action,
                char       **label,
                GVariant   **target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action))
        {
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", label);
          *target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          return TRUE;
        }
      if (section != NULL && find_menu_item (section, action, label, target))
        return TRUE;
    }
  return FALSE;
}

/* The main menu is the one with the preferences. */
static GMenuModel *
find_main_menu (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu;

      if (GTK_IS_MENU_BUTTON (child) && (menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child))) != NULL)
        {
          g_autofree char *label = NULL;
          g_autoptr(GVariant) target = NULL;

          if (find_menu_item (menu, "app.preferences", &label, &target))
            return menu;
        }
      if ((menu = find_main_menu (child)) != NULL)
        return menu;
    }
  return NULL;
}

/* "Ayuda" in the main menu, before "Acerca de", opens the guide. */
static void
test_menu (void)
{
  IndWindow *window = new_window ();
  GMenuModel *menu = find_main_menu (GTK_WIDGET (window));
  g_autofree char *label = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (menu);
  g_assert_true (find_menu_item (menu, "win.help", &label, &target));
  g_assert_cmpstr (label, ==, "A_yuda");
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "");

  forget_launches ();
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.help", target));
  WAIT_FOR (launched ("help:mx.oosapat.Indicadores"));
  close_window (window);
}

static gpointer
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label under @widget reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), text)) ||
          shows_label (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Every problem of the sample has its advice beside it on the review
 * page, and the advice's button opens the problem's section of the guide,
 * whose id is the code. */
static void
test_review_advice (void)
{
  IndWindow *window = new_window ();
  GListModel *diagnostics;
  GtkListBox *list;
  gboolean seen_missing_header = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "observations"));
  diagnostics = ind_report_get_diagnostics (ind_window_get_report (window));
  list = _ind_observations_get_list_box (_ind_window_get_observations (window));
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(IndDiagnostic) d = g_list_model_get_item (diagnostics, i);
      const char *code = ind_diagnostic_get_code (d);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      GtkMenuButton *button = find_descendant (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON);
      GtkWidget *popover;
      GtkWidget *guide;
      g_autofree char *section = g_strconcat ("revision#", code, NULL);
      g_autofree char *uri = ind_help_dup_uri ("revision", code);

      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Qué hacer");
      popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      g_assert_true (shows_label (popover, ind_advice_get_meaning (code)));
      g_assert_true (shows_label (popover, ind_advice_get_stake (code)));
      g_assert_true (shows_label (popover, ind_advice_get_action (code)));
      guide = find_descendant (popover, GTK_TYPE_BUTTON);
      g_assert_nonnull (guide);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (guide)), ==, "win.help");
      g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (guide)), NULL),
                       ==, section);

      /* the lost page of program 103: open its section, as a click would */
      if (g_str_equal (code, "missing-header") && !seen_missing_header)
        {
          seen_missing_header = TRUE;
          g_assert_true (shows_label (popover, "Pida a Contabilidad el informe completo, con todas sus páginas, y vuelva a abrirlo."));
          gtk_menu_button_popup (button);
          forget_launches ();
          g_assert_true (gtk_widget_activate (guide));
          WAIT_FOR (launched (uri));
          g_assert_cmpstr (uri, ==, "help:mx.oosapat.Indicadores/revision#missing-header");
          g_assert_false (gtk_widget_get_visible (popover));
        }
    }
  g_assert_true (seen_missing_header);
  close_window (window);
}

static AdwMessageDialog *
find_dialog (IndWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
no_help_handler (void)
{
  g_autoptr(GAppInfo) handler = g_app_info_get_default_for_uri_scheme ("help");

  return handler == NULL;
}

/* With no help browser at all, a message says where the guide's pages
 * are. Runs last: it takes the stand-in away. */
static void
test_no_help_browser (void)
{
  g_autofree char *desktop = g_build_filename (g_get_user_data_dir (), "applications", HANDLER_ID, NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *location = g_build_filename (HELPDIR, "es", APP_ID, NULL);
  GList *handlers = g_app_info_get_all_for_type ("x-scheme-handler/help");
  g_autoptr(GString) removed = g_string_new ("[Removed Associations]\nx-scheme-handler/help=");
  IndWindow *window;
  AdwMessageDialog *dialog;

  /* the system's own help browser too, if it has one */
  for (GList *l = handlers; l != NULL; l = l->next)
    g_string_append_printf (removed, "%s;", g_app_info_get_id (l->data));
  g_list_free_full (handlers, g_object_unref);
  g_string_append_c (removed, '\n');
  write_file (mimeapps, removed->str, 0600);
  g_assert_cmpint (g_remove (desktop), ==, 0);
  /* GIO sees the change through its monitors. (A default that the system
   * sets in its own mimeapps.list cannot be taken away from here: this
   * test fails on such a system.) */
  WAIT_FOR (no_help_handler ());

  window = new_window ();
  forget_launches ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", "s", ""));
  WAIT_FOR (find_dialog (window) != NULL);
  dialog = find_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No se pudo abrir la guía");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), location));
  g_assert_true (g_str_has_suffix (location, "/help/es/mx.oosapat.Indicadores"));
  g_assert_null (last_launched ());
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* G_TEST_OPTION_ISOLATE_DIRS would hide the system's schemas and icons
   * from GTK; run-under-xvfb gives the user's own folders instead. */
  ind_test_init_locale ();
  g_test_init (&argc, &argv, NULL);
  /* only the plain mimeapps.list files, not a desktop's own defaults */
  g_unsetenv ("XDG_CURRENT_DESKTOP");
  install_help_handler ();
  gtk_init ();
  adw_init ();

  g_test_add_func ("/help/f1", test_f1);
  g_test_add_func ("/help/menu", test_menu);
  g_test_add_func ("/help/review-advice", test_review_advice);
  g_test_add_func ("/help/no-help-browser", test_no_help_browser);
  return g_test_run ();
}
