/* test-spanish.c: under es_MX, no English string of the catalog shows in
 * the window, its pages, its menus or its dialogs
 *
 * Every text a widget shows (labels, titles, subtitles, tooltips,
 * placeholders, column titles, menu items) is compared with the English
 * msgids of po/es.po: one that equals a msgid whose translation differs
 * leaked through untranslated.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "ind-preferences-window.h"
#include "ind-test-window.h"

static GHashTable *english;   /* msgid without mnemonics → its msgstr */

typedef struct
{
  guint      checked;
  GPtrArray *leaks;
  GHashTable *seen;   /* texts met, to find known Spanish ones */
} Scan;

static char *
without_mnemonics (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != '_')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Reads a PO string literal with its continuation lines. */
static void
append_po_string (GString    *out,
                  const char *line)
{
  const char *start = strchr (line, '"');
  g_autofree char *inner = NULL;
  g_autofree char *unescaped = NULL;
  const char *end;

  if (start == NULL || (end = strrchr (line, '"')) == start)
    return;
  inner = g_strndup (start + 1, end - start - 1);
  unescaped = g_strcompress (inner);
  g_string_append (out, unescaped);
}

static void
load_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", "es.po", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) msgid = g_string_new (NULL);
  g_autoptr(GString) msgstr = g_string_new (NULL);
  GString *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "msgid "))
        {
          if (msgid->len > 0)
            g_hash_table_insert (english, without_mnemonics (msgid->str), g_strdup (msgstr->str));
          g_string_truncate (msgid, 0);
          g_string_truncate (msgstr, 0);
          current = msgid;
        }
      else if (g_str_has_prefix (line, "msgstr ") || g_str_has_prefix (line, "msgstr[0]"))
        current = msgstr;
      else if (g_str_has_prefix (line, "msgid_plural") || g_str_has_prefix (line, "msgstr[") ||
               g_str_has_prefix (line, "msgctxt"))
        {
          current = NULL;
          continue;
        }
      else if (line[0] != '"')
        {
          current = NULL;
          continue;
        }
      if (current != NULL)
        append_po_string (current, line);
    }
  if (msgid->len > 0)
    g_hash_table_insert (english, without_mnemonics (msgid->str), g_strdup (msgstr->str));
  g_assert_cmpuint (g_hash_table_size (english), >, 300);
}

static void
check_text (Scan       *scan,
            const char *text,
            const char *where)
{
  g_autofree char *plain = NULL;
  const char *translation;

  if (text == NULL || *text == '\0')
    return;
  plain = without_mnemonics (text);
  scan->checked++;
  g_hash_table_add (scan->seen, g_strdup (plain));

  translation = g_hash_table_lookup (english, plain);
  if (translation != NULL && g_strcmp0 (translation, text) != 0 &&
      g_strcmp0 (translation, plain) != 0)
    {
      g_autofree char *translated = without_mnemonics (translation);

      if (!g_str_equal (translated, plain))
        g_ptr_array_add (scan->leaks, g_strdup_printf ("%s: «%s»", where, text));
    }
}

/* Any string property a widget shows to the user. */
static void
check_object (Scan       *scan,
              GObject    *object)
{
  static const char *properties[] = {
    "label", "title", "subtitle", "description", "tooltip-text",
    "placeholder-text", "text", "accelerator-label", "icon-name-label",
  };
  const char *type = G_OBJECT_TYPE_NAME (object);

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), properties[i]);
      g_autofree char *value = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
        continue;
      g_object_get (object, properties[i], &value, NULL);
      check_text (scan, value, type);
    }
}

static void
check_menu (Scan       *scan,
            GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (scan, label, "menu item");
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          check_menu (scan, link);
        }
    }
}

static void
check_widget (Scan      *scan,
              GtkWidget *widget)
{
  check_object (scan, G_OBJECT (widget));

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    check_menu (scan, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GObject) column = g_list_model_get_item (columns, i);

          check_object (scan, column);
        }
    }
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (ADW_VIEW_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GObject) page = g_list_model_get_item (pages, i);

          check_object (scan, page);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (scan, child);
}

static void
assert_spanish (GtkWidget          *root,
                const char * const *expected)
{
  Scan scan = { 0, g_ptr_array_new_with_free_func (g_free),
                g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

  check_widget (&scan, root);

  for (guint i = 0; i < scan.leaks->len; i++)
    g_printerr ("English left: %s\n", (char *)g_ptr_array_index (scan.leaks, i));
  g_assert_cmpuint (scan.leaks->len, ==, 0);
  /* the scan did reach the translated texts */
  g_assert_cmpuint (scan.checked, >, 10);
  for (guint i = 0; expected[i] != NULL; i++)
    if (!g_hash_table_contains (scan.seen, expected[i]))
      g_error ("«%s» was not found in the %s", expected[i], G_OBJECT_TYPE_NAME (root));

  g_ptr_array_unref (scan.leaks);
  g_hash_table_unref (scan.seen);
}

static void
test_window (void)
{
  IndWindow *window = ind_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  /* the empty state first, then the report with every page */
  assert_spanish (GTK_WIDGET (window), (const char *[]) { "Abrir el ejemplo", NULL });

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  WAIT_FOR (!ind_window_is_loading (window));
  g_assert_true (ind_window_has_report (window));

  assert_spanish (GTK_WIDGET (window),
                  (const char *[]) { "Tabla", "Revisión del informe", "Gráficas", "Modificado",
                                     "Exportar a Excel…", "Preferencias", NULL });
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  IndPreferencesWindow *preferences = ind_preferences_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (preferences));
  assert_spanish (GTK_WIDGET (preferences), (const char *[]) { "Semáforo", NULL });
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_nonnull (overlay);
  assert_spanish (overlay, (const char *[]) { "Buscar por nombre o clave", NULL });
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init_locale ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  load_catalog ();

  g_test_add_func ("/spanish/window", test_window);
  g_test_add_func ("/spanish/preferences", test_preferences);
  g_test_add_func ("/spanish/shortcuts", test_shortcuts);

  return g_test_run ();
}
