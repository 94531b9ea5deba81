/* ind-window-actions.c: the window's actions and their keys
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "ind-advice.h"
#include "ind-export-pdf.h"
#include "ind-export-pptx.h"
#include "ind-export-xlsx.h"
#include "ind-preferences-window.h"
#include "ind-print.h"
#include "ind-window-actions-private.h"
#include "ind-window-private.h"

#define SAMPLE_URI "resource://" RESOURCE_PREFIX "/sample/oosapat-indicadores-2024-03.txt"

/* Actions that need a report to act on. */
static const char *report_actions[] = {
  "win.search",
  "win.find-next",
  "win.find-previous",
  "win.expand-all",
  "win.collapse-all",
  "win.show-page",
  "win.reveal",
  "win.show-details",
  "win.print",
};

/* Actions on the remarks of the report. */
static const char *project_actions[] = {
  "win.save",
  "win.save-as",
};

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  IndWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      ind_window_open (self, file);
    }
  g_object_unref (chooser);
}

/* The formats a report comes in, and with @remarks the project files. */
static void
add_report_filters (GtkFileChooser *chooser,
                    gboolean        remarks)
{
  g_autoptr(GtkFileFilter) reports = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (reports, remarks ? _("Reports and Remarks") : _("Reports"));
  gtk_file_filter_add_mime_type (reports, "text/plain");
  gtk_file_filter_add_mime_type (reports, "text/csv");
  gtk_file_filter_add_mime_type (reports, "text/tab-separated-values");
  gtk_file_filter_add_mime_type (reports, "application/pdf");
  gtk_file_filter_add_mime_type (reports, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  if (remarks)
    gtk_file_filter_add_suffix (reports, &IND_PROJECT_SUFFIX[1]);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, reports);
  gtk_file_chooser_add_filter (chooser, all);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_report_filters (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (SAMPLE_URI);

  ind_window_open (IND_WINDOW (widget), file);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  ind_window_open (IND_WINDOW (widget), file);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _ind_window_reread (IND_WINDOW (widget));
}

static void
cancel_reading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _ind_window_cancel_reading (IND_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _ind_window_show_search (IND_WINDOW (widget));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ind_report_table_find (IND_WINDOW (widget)->table, g_str_equal (action_name, "win.find-previous"));
}

static void
expand_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ind_report_table_expand_all (IND_WINDOW (widget)->table);
}

static void
collapse_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ind_report_table_collapse_all (IND_WINDOW (widget)->table);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, name);

  /* the comparison's page only while there is one */
  if (child != NULL && adw_view_stack_page_get_visible (adw_view_stack_get_page (self->view_stack, child)))
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Shows the row of the item at a path ("103/C01"), expanding its parents. */
static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  IndItem *item = ind_report_find_item (self->report, g_variant_get_string (parameter, NULL));

  if (item == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "table");
  if (ind_report_table_reveal (self->table, item))
    gtk_widget_grab_focus (GTK_WIDGET (self->table));
}

/* Comparison --------------------------------------------------------------- */

static void
compare_response (GtkNativeDialog *chooser,
                  int              response,
                  IndWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        _ind_window_compare_with (self, (GFile **)array->pdata, array->len);
    }
  g_object_unref (chooser);
}

/* One or more reports of other quarters, beside the one shown. */
static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Compare with Other Quarters"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("C_ompare"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_report_filters (GTK_FILE_CHOOSER (chooser), FALSE);
  if (self->file != NULL && g_file_is_native (self->file))
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (compare_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
close_comparison_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _ind_window_set_comparison (IND_WINDOW (widget), NULL);
}

/* Remarks ------------------------------------------------------------------ */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  const char *path = g_str_equal (action_name, "win.undo") ? ind_project_undo (self->project)
                                                          : ind_project_redo (self->project);

  if (path != NULL)
    _ind_window_show_remark (self, path);
}

/* Deleting a remark left without an item; Ctrl+Z brings it back. */
static void
delete_remark_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);

  ind_project_set_remark (self->project, g_variant_get_string (parameter, NULL), NULL);
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  IndWindow       *self)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      self->close_after_save = FALSE;
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  _ind_window_save_project_to (self, file);
}

/* "oosapat-indicadores-2024-03.txt" → "oosapat-indicadores-2024-03.indicadores" */
static char *
suggest_project_name (IndWindow *self)
{
  GFile *file = ind_project_get_file (self->project);
  const char *source = ind_report_get_source_name (self->report);
  g_autofree char *stem = NULL;
  char *dot;

  if (file != NULL)
    return g_file_get_basename (file);
  stem = g_strdup (source != NULL ? source : "Indicadores");
  dot = strrchr (stem, '.');
  if (dot != NULL && dot != stem)
    *dot = '\0';
  return g_strconcat (stem, IND_PROJECT_SUFFIX, NULL);
}

/* Where the project is, else beside the report, else in Documents. */
static GFile *
project_folder (IndWindow *self)
{
  GFile *file = ind_project_get_file (self->project);
  const char *documents;

  if (file == NULL && self->file != NULL && g_file_is_native (self->file))
    file = self->file;
  if (file != NULL)
    return g_file_get_parent (file);
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

void
_ind_window_save_project_as (IndWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = project_folder (self);
  g_autofree char *name = suggest_project_name (self);

  chooser = gtk_file_chooser_native_new (_("Save Remarks"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Indicadores Remarks"));
  gtk_file_filter_add_suffix (filter, &IND_PROJECT_SUFFIX[1]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _ind_window_save_project_as (IND_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);

  if (ind_project_get_file (self->project) != NULL)
    _ind_window_save_project_to (self, NULL);
  else
    _ind_window_save_project_as (self);
}

/* Exports: each is an IndExportFormat run by the window's IndExportFlow,
 * all with these options, which printing takes too: the preferences'
 * page size and semáforo, the remarks, and the comparison while there is
 * one. */
static void
get_export_options (IndWindow        *self,
                    IndExportOptions *options)
{
  ind_export_options_init (options);
  /* the schema's enum has IndPageSize's values */
  options->page_size = g_settings_get_enum (self->settings, "pdf-page-size");
  ind_preferences_get_bands (self->settings, &options->bands);
  options->project = self->project;
  options->comparison = self->comparison;
}

/* The workbook's name with another ending: "Indicadores 2024-T1 (resumen).pdf". */
static char *
suggest_pdf_name (IndReport  *report,
                  const char *format)
{
  g_autofree char *name = ind_export_xlsx_suggest_name (report);

  if (g_str_has_suffix (name, ".xlsx"))
    name[strlen (name) - strlen (".xlsx")] = '\0';
  return g_strdup_printf (format, name);
}

static char *
suggest_summary_name (IndReport *report)
{
  return suggest_pdf_name (report, _("%s (summary).pdf"));
}

static char *
suggest_slides_name (IndReport *report)
{
  return suggest_pdf_name (report, _("%s (slides).pdf"));
}

static char *
suggest_pptx_name (IndReport *report)
{
  return suggest_pdf_name (report, _("%s (slides).pptx"));
}

static const IndExportFormat xlsx_format = {
  .title = N_("Export to Excel"),
  .filter_name = N_("Excel Workbook"),
  .suffix = "xlsx",
  .suggest_name = ind_export_xlsx_suggest_name,
  .write = ind_export_xlsx,
};

static const IndExportFormat summary_format = {
  .title = N_("Export to PDF"),
  .filter_name = N_("PDF Document"),
  .suffix = "pdf",
  .suggest_name = suggest_summary_name,
  .write = ind_export_pdf_summary,
};

static const IndExportFormat slides_format = {
  .title = N_("Export Slides"),
  .filter_name = N_("PDF Document"),
  .suffix = "pdf",
  .suggest_name = suggest_slides_name,
  .write = ind_export_pdf_slides,
};

static const IndExportFormat pptx_format = {
  .title = N_("Export Editable Presentation"),
  .filter_name = N_("PowerPoint Presentation"),
  .suffix = "pptx",
  .suggest_name = suggest_pptx_name,
  .write = ind_export_pptx,
};

/* Exports need a report, and run one at a time. */
static const struct
{
  const char            *action;
  const IndExportFormat *format;
} exports[] = {
  { "win.export-xlsx", &xlsx_format },
  { "win.export-pdf", &summary_format },
  { "win.export-slides", &slides_format },
  { "win.export-pptx", &pptx_format },
};

static const IndExportFormat *
find_export (const char *action_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    if (g_str_equal (exports[i].action, action_name))
      return exports[i].format;
  g_return_val_if_reached (NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  IndExportOptions options;

  get_export_options (self, &options);
  ind_export_flow_choose (self->export_flow, find_export (action_name), self->report, self->file, &options);
}

void
_ind_window_export_to (IndWindow  *self,
                       const char *action_name,
                       const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  IndExportOptions options;

  get_export_options (self, &options);
  ind_export_flow_export_to (self->export_flow, find_export (action_name), self->report, file, &options);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  IndWindow *self = IND_WINDOW (widget);
  IndExportOptions options;

  get_export_options (self, &options);
  ind_print_report (GTK_WINDOW (self), self->report, &options);
}

GtkPrintOperation *
_ind_window_new_print_operation (IndWindow *self)
{
  IndExportOptions options;

  get_export_options (self, &options);
  return ind_print_operation_new (self->report, &options);
}

void
_ind_window_update_actions (IndWindow *self)
{
  gboolean exporting = ind_export_flow_get_busy (self->export_flow);

  for (guint i = 0; i < G_N_ELEMENTS (report_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), report_actions[i], self->report != NULL);
  gboolean has_project = self->project != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), exports[i].action,
                                   self->report != NULL && !exporting);
  for (guint i = 0; i < G_N_ELEMENTS (project_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), project_actions[i], has_project);
  /* an export reads the remarks in its thread: they wait for it to end */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_project && !exporting && ind_project_get_can_undo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_project && !exporting && ind_project_get_can_redo (self->project));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-remark", has_project && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare",
                                 self->report != NULL && self->comparing == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-comparison", self->comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", has_project && self->monitor != NULL);
  /* Escape is the search bar's and the dialogs' while nothing is read */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-reading",
                                 self->loading != NULL || self->comparing != NULL || self->n_opening > 0);
}

static void
help_shown (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  IndWindow *self = IND_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  g_autofree char *message = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (self), result, &error))
    return;

  /* the guide's pages are plain files: say where they are */
  g_debug ("The help browser did not start: %s", error->message);
  location = g_build_filename (HELPDIR, "es", APP_ID, NULL);
  message = g_strdup_printf (_("No help browser is installed. Install the «Help» app (Yelp) to read the guide; its pages are in %s."),
                             location);
  _ind_window_show_error (self, _("The Guide Could Not Be Opened"), message);
}

/* "" opens the guide, "revision" one of its pages and "revision#orphan"
 * a section of it. */
static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), "#", 2);
  const char *page = parts[0] != NULL && *parts[0] != '\0' ? parts[0] : NULL;
  g_autofree char *uri = ind_help_dup_uri (page, page != NULL ? parts[1] : NULL);

  gtk_show_uri_full (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME, NULL, help_shown, NULL);
}

void
_ind_window_class_actions_init (IndWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-reading", NULL, cancel_reading_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.expand-all", NULL, expand_all_action);
  gtk_widget_class_install_action (widget_class, "win.collapse-all", NULL, collapse_all_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.reveal", "s", reveal_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-details", "show-details");
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_class_install_action (widget_class, exports[i].action, NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.delete-remark", "s", delete_remark_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.close-comparison", NULL, close_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.help", "s", help_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-reading", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.find-previous", NULL);
  /* menus show the last key bound to an action */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.expand-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.expand-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.expand-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.collapse-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.collapse-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "table");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "observations");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "charts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "comparison");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", "s", "");
}
