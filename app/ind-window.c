/* ind-window.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-error.h"
#include "ind-format.h"
#include "ind-load.h"
#include "ind-preferences-window.h"
#include "ind-summary-band.h"
#include "ind-window-actions-private.h"
#include "ind-window-private.h"

#define MAX_RECENT 8

/* How long the report's file must stay untouched after a change before
 * the window offers to read it again: editors write in several steps. */
#define CHANGE_SETTLE_MSEC 500

G_DEFINE_FINAL_TYPE (IndWindow, ind_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_SHOW_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (IndWindow *self)
{
  gboolean loading = self->loading != NULL;
  gboolean has_report = self->report != NULL;
  gboolean exporting = ind_export_flow_get_busy (self->export_flow);
  gboolean reading = (loading || self->comparing != NULL || self->n_opening > 0) && has_report;

  gtk_stack_set_visible_child_name (self->main_stack,
                                    has_report ? "report" : loading ? "loading" : "empty");
  gtk_widget_set_visible (self->spinner, reading);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), reading);
  gtk_widget_set_visible (self->cancel_button, reading);
  /* an export reads the remarks in its thread */
  ind_detail_pane_set_remark_editable (self->detail_pane, !exporting);
  gtk_widget_set_visible (self->report_buttons, has_report);
  /* while exporting, the export's progress takes the button's place */
  gtk_widget_set_visible (self->export_button,
                          has_report && !exporting &&
                          g_menu_model_get_n_items (G_MENU_MODEL (self->export_section)) > 0);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_report);
  _ind_window_update_actions (self);
}

/* The observations page counts the report's observations and the
 * remarks left without an item. */
static void
update_badge (IndWindow *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->view_stack, GTK_WIDGET (self->observations));
  guint n = g_list_model_get_n_items (ind_report_get_diagnostics (self->report));

  n += g_list_model_get_n_items (ind_project_get_orphans (self->project));
  adw_view_stack_page_set_badge_number (page, n);
}

/* The project file's name once saved, else the report's; "•" while the
 * remarks are not all in a file of the user's. */
static void
update_subtitle (IndWindow *self)
{
  GFile *file = ind_project_get_file (self->project);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *name = path != NULL ? g_filename_display_basename (path)
                                       : g_strdup (ind_report_get_source_name (self->report));
  g_autofree char *subtitle = NULL;

  if (ind_project_get_dirty (self->project))
    subtitle = g_strdup_printf ("%s •", name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle != NULL ? subtitle : name);
}

/* The period and the entity, to tell windows apart in the switcher and
 * the taskbar; the file is the subtitle. */
static void
update_title (IndWindow *self)
{
  g_autofree char *period = ind_format_period_short (ind_report_get_period_end (self->report));
  const char *entity = ind_report_get_entity (self->report);
  g_autofree char *title = NULL;

  title = g_strdup_printf ("%s · %s", period,
                           entity != NULL ? entity : ind_report_get_source_name (self->report));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
set_report (IndWindow *self,
            IndReport *report)
{
  if (!g_set_object (&self->report, report))
    return;

  update_badge (self);
  update_title (self);
  update_subtitle (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "table");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->table));
}

void
_ind_window_show_error (IndWindow  *self,
                        const char *heading,
                        const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_toast (IndWindow  *self,
           const char *title,
           gboolean    stays)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (stays)
    {
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = NULL;

  /* the bundled example lives in the resources, not among the user's files */
  if (!g_file_is_native (file))
    return;
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Comparing ---------------------------------------------------------------- */

/**
 * _ind_window_set_comparison:
 * @comparison: (nullable): the window's report beside other periods'
 *
 * Shows the comparison page, or hides it. The exports include the
 * comparison while there is one.
 */
void
_ind_window_set_comparison (IndWindow     *self,
                            IndComparison *comparison)
{
  if (!g_set_object (&self->comparison, comparison))
    return;
  ind_comparison_view_set_comparison (self->comparison_view, comparison);
  if (comparison == NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "comparison") == 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "table");
  adw_view_stack_page_set_visible (self->comparison_page, comparison != NULL);
  if (comparison != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, "comparison");
  update_state (self);
}

typedef struct
{
  IndReport *report;  /* the window's */
  GPtrArray *files;   /* the other periods' */
} Compare;

static void
compare_free (Compare *compare)
{
  g_object_unref (compare->report);
  g_ptr_array_unref (compare->files);
  g_free (compare);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Compare *compare = task_data;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;
  IndComparison *comparison;

  g_ptr_array_add (reports, g_object_ref (compare->report));
  for (guint i = 0; i < compare->files->len; i++)
    {
      IndReport *report = ind_report_load (g_ptr_array_index (compare->files, i), cancellable, &error);

      if (report == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (reports, report);
    }
  comparison = ind_comparison_new ((IndReport **)reports->pdata, reports->len, &error);
  if (comparison == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, comparison, g_object_unref);
}

static void
compare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  IndWindow *self = IND_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndComparison) comparison = g_task_propagate_pointer (G_TASK (result), &error);

  /* another report or comparison replaced this one, or the window is gone */
  if (g_task_get_cancellable (G_TASK (result)) != self->comparing)
    return;
  g_clear_object (&self->comparing);
  update_state (self);

  if (comparison == NULL)
    {
      /* a comparison already shown stays */
      _ind_window_show_error (self,
                              g_error_matches (error, IND_ERROR, IND_ERROR_INCOMPATIBLE)
                                ? _("These Reports Cannot Be Compared")
                                : _("Could Not Open the Report"),
                              error->message);
      return;
    }
  _ind_window_set_comparison (self, comparison);
}

static void
stop_comparing (IndWindow *self)
{
  if (self->comparing != NULL)
    g_cancellable_cancel (self->comparing);
  g_clear_object (&self->comparing);
}

/**
 * _ind_window_compare_with:
 * @files: (array length=n_files): reports of other periods of the same
 *   entity
 *
 * Reads @files in a thread and compares them with the window's report;
 * then shows the comparison, or says why it cannot be made.
 */
void
_ind_window_compare_with (IndWindow  *self,
                          GFile     **files,
                          guint       n_files)
{
  g_autoptr(GTask) task = NULL;
  Compare *compare;

  g_return_if_fail (self->report != NULL);
  g_return_if_fail (n_files > 0);

  stop_comparing (self);
  self->comparing = g_cancellable_new ();
  compare = g_new0 (Compare, 1);
  compare->report = g_object_ref (self->report);
  compare->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (compare->files, g_object_ref (files[i]));
  gtk_widget_set_tooltip_text (self->spinner, _("Reading the reports to compare…"));

  task = g_task_new (self, self->comparing, compare_done, NULL);
  g_task_set_source_tag (task, _ind_window_compare_with);
  g_task_set_task_data (task, compare, (GDestroyNotify)compare_free);
  g_task_run_in_thread (task, compare_thread);
  update_state (self);
}

/* Remarks ------------------------------------------------------------------ */

static void
remarks_changed (IndWindow *self)
{
  /* the change is autosaved anew */
  g_clear_error (&self->autosave_error);
}

/* Said once, until a change lets the autosave try again. */
static void
autosave_failed (IndWindow    *self,
                 const GError *error)
{
  if (self->autosave_error == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("The remarks could not be saved: %s"), error->message);

      add_toast (self, title, TRUE);
    }
  g_clear_error (&self->autosave_error);
  self->autosave_error = g_error_copy (error);
}

/* Remarks written for other bytes than the report's: those whose item is
 * gone are kept, on the observations page. */
static void
tell_report_changed (IndWindow *self)
{
  guint n = g_list_model_get_n_items (ind_project_get_orphans (self->project));
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (n == 0)
    {
      add_toast (self, _("The report changed since the remarks were written; every remark is still on its item."), FALSE);
      return;
    }
  /* "Show" leads to where they are kept */
  title = g_strdup_printf (ngettext ("The report changed since the remarks were written: %u remark has no item now.",
                                     "The report changed since the remarks were written: %u remarks have no item now.",
                                     n), n);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-page");
  adw_toast_set_action_target_value (toast, g_variant_new_string ("observations"));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* What is not written yet is written as the project goes, even if an
 * export still holds it. */
static gboolean
drop_project (IndWindow  *self,
              GError    **error)
{
  gboolean written;

  if (self->project == NULL)
    return TRUE;
  g_signal_handlers_disconnect_by_data (self->project, self);
  g_signal_handlers_disconnect_by_data (ind_project_get_orphans (self->project), self);
  written = ind_project_flush (self->project, error);
  g_clear_object (&self->project);
  g_clear_error (&self->autosave_error);
  return written;
}

static void
set_project (IndWindow  *self,
             IndProject *project)
{
  GListModel *orphans = ind_project_get_orphans (project);
  g_autoptr(GError) error = NULL;

  if (!drop_project (self, &error))
    _ind_window_show_error (self, _("The Remarks Could Not Be Saved"), error->message);
  /* a comparison was of the report shown before */
  stop_comparing (self);
  _ind_window_set_comparison (self, NULL);
  self->project = g_object_ref (project);
  ind_project_set_autosave_delay (project, IND_PROJECT_AUTOSAVE_MSEC);
  g_signal_connect_object (project, "notify::dirty", G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::file", G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::can-undo", G_CALLBACK (_ind_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "notify::can-redo", G_CALLBACK (_ind_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (remarks_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "autosave-failed", G_CALLBACK (autosave_failed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (orphans, "items-changed", G_CALLBACK (update_badge), self, G_CONNECT_SWAPPED);
  ind_observations_set_orphans (self->observations, orphans);

  set_report (self, ind_project_get_report (project));
  if (ind_project_get_report_changed (project))
    tell_report_changed (self);
}

/* Selects the item whose remark an undo or redo changed; an orphan is on
 * the observations page. */
void
_ind_window_show_remark (IndWindow  *self,
                         const char *path)
{
  IndItem *item = ind_report_find_item (self->report, path);

  if (item == NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "observations");
      return;
    }
  adw_view_stack_set_visible_child_name (self->view_stack, "table");
  if (!self->show_details)
    g_object_set (self, "show-details", TRUE, NULL);
  ind_report_table_reveal (self->table, item);
}

/**
 * _ind_window_save_project_to:
 * @file: (nullable): where to save the remarks; NULL for the project's
 *   own file
 *
 * What "Save" and "Save As…" do once the file is known.
 */
gboolean
_ind_window_save_project_to (IndWindow *self,
                             GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (!ind_project_save (self->project, file, &error))
    {
      self->close_after_save = FALSE;
      _ind_window_show_error (self, _("Could Not Save the Remarks"), error->message);
      return FALSE;
    }
  /* the user's file has them, whatever became of the automatic copy */
  g_clear_error (&self->autosave_error);
  add_to_recent (ind_project_get_file (self->project));
  if (self->close_after_save)
    gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
close_response (IndWindow        *self,
                const char       *response,
                AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      /* Closed here and now: the first frame after the dialog lays out
       * every row of the window again, so a close left to an idle waited
       * for it, seconds on a slow computer. The dialog, still emitting,
       * must not outlive its parent as its transient child. */
      self->close_confirmed = TRUE;
      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      _ind_window_save_project_as (self);
    }
}

/* The autosave keeps every remark in the user's project file, if there is
 * one, and in a copy found again by the report's content, so closing
 * needs no question; only when writing them failed is the user asked. */
static gboolean
ind_window_close_request (GtkWindow *window)
{
  IndWindow *self = IND_WINDOW (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->project == NULL || self->close_confirmed ||
      (ind_project_flush (self->project, &error) && self->autosave_error == NULL))
    return GTK_WINDOW_CLASS (ind_window_parent_class)->close_request (window);

  body = g_strdup_printf (_("%s\n\nSave them in another place before closing the window, or the latest changes may be lost."),
                          error != NULL ? error->message : self->autosave_error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("The Remarks Could Not Be Saved"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  GFile    *file;         /* a report, or a project of remarks */
  GFile    *report_file;  /* the report to put a project's remarks on, or NULL for its own */
  gboolean  beside;       /* for a new window, shown once read */
  gboolean  reread;       /* the report shown, read again */
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->file);
  g_clear_object (&load->report_file);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  IndProject *project;

  if (load->reread)
    {
      /* without remarks: those shown when it is read go on it */
      g_autoptr(IndReport) report = ind_report_load (load->file, cancellable, &error);

      project = report != NULL ? ind_project_new (report, load->file) : NULL;
    }
  else if (load->report_file != NULL)
    project = ind_project_load (load->file, load->report_file, cancellable, &error);
  else
    project = ind_project_open (load->file, cancellable, &error);
  if (project == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ind_report_table_prepare (ind_project_get_report (project));
  g_task_return_pointer (task, project, g_object_unref);
}

static void start_load (IndWindow *self,
                        GFile     *file,
                        GFile     *report_file,
                        gboolean   beside);

static void
report_chosen (GtkNativeDialog *chooser,
               int              response,
               IndWindow       *self)
{
  GFile *project_file = g_object_get_data (G_OBJECT (chooser), "project-file");
  gboolean beside = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "beside"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) report_file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      start_load (self, project_file, report_file, beside);
    }
  g_object_unref (chooser);
}

static void
find_report_response (IndWindow        *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  GFile *project_file = g_object_get_data (G_OBJECT (dialog), "project-file");
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, "find"))
    return;
  chooser = gtk_file_chooser_native_new (_("Find the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "project-file", g_object_ref (project_file), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "beside", g_object_get_data (G_OBJECT (dialog), "beside"));
  g_signal_connect (chooser, "response", G_CALLBACK (report_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A project whose report moved: the user may show where it is now. */
static void
ask_for_report (IndWindow    *self,
                const Load   *load,
                const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Where Is the Report?"), error->message));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "find", _("_Find the Report…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "find", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "find");
  g_object_set_data_full (G_OBJECT (dialog), "project-file", g_object_ref (load->file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "beside", GINT_TO_POINTER (load->beside));
  g_signal_connect_object (dialog, "response", G_CALLBACK (find_report_response), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The report's file changed on disk --------------------------------------- */

/* A bar above the report, until the user reads the file again: a toast
 * would go away while the figures shown are still the old ones. */
static gboolean
offer_reread (gpointer user_data)
{
  IndWindow *self = user_data;

  self->changed_source = 0;
  /* moved away or deleted, and not written again */
  if (g_file_query_exists (self->file, NULL))
    gtk_revealer_set_reveal_child (self->changed_banner, TRUE);
  return G_SOURCE_REMOVE;
}

/* Editors write in several steps, or write another file and rename it
 * over this one: the offer waits until the events stop. */
static void
report_file_changed (IndWindow         *self,
                     GFile             *file,
                     GFile             *other_file,
                     GFileMonitorEvent  event)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT ||
      event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;
  g_clear_handle_id (&self->changed_source, g_source_remove);
  self->changed_source = g_timeout_add (CHANGE_SETTLE_MSEC, offer_reread, self);
}

static void
stop_watching (IndWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->changed_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
}

/* A change made while the report was read, before the window watched
 * the file, shows in its entity tag: another than the one read. */
static gboolean
changed_since_read (IndWindow *self)
{
  const char *read = ind_report_get_source_etag (self->report);
  g_autoptr(GFileInfo) info = NULL;

  if (read == NULL)
    return FALSE;
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info == NULL || g_strcmp0 (g_file_info_get_etag (info), read) != 0;
}

/* Only the user's files change: the bundled example does not. */
static void
watch_report_file (IndWindow *self)
{
  g_autoptr(GError) error = NULL;

  stop_watching (self);
  if (self->file == NULL || !g_file_is_native (self->file))
    return;
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("The report's file is not watched: %s", error->message);
      return;
    }
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (report_file_changed), self, G_CONNECT_SWAPPED);
  if (changed_since_read (self))
    report_file_changed (self, self->file, NULL, G_FILE_MONITOR_EVENT_CHANGED);
}

/* What was read shows in this window. */
static void
show_loaded (IndWindow  *self,
             GFile      *file,
             IndProject *project)
{
  add_to_recent (file);
  g_set_object (&self->file, ind_project_get_report_file (project));
  set_project (self, project);
  watch_report_file (self);
  _ind_window_update_actions (self);
}

/* The report read again replaces the one shown, with the remarks as they
 * are now; the selection and the page stay where they still exist. */
static void
show_reread (IndWindow  *self,
             IndProject *project)
{
  IndItem *selected = ind_report_table_get_selected_item (self->table);
  g_autofree char *path = selected != NULL ? g_strdup (ind_item_get_path (selected)) : NULL;
  g_autofree char *page = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));
  IndItem *item;

  ind_project_take_remarks (project, self->project);
  set_project (self, project);
  item = path != NULL ? ind_report_find_item (self->report, path) : NULL;
  if (item != NULL)
    ind_report_table_reveal (self->table, item);
  /* a comparison was of the report shown before, and is gone */
  if (g_strcmp0 (page, "comparison") != 0)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  IndWindow *self = IND_WINDOW (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(IndProject) project = g_task_propagate_pointer (G_TASK (result), &error);

  self->n_reads--;
  if (load->beside)
    {
      /* the window is gone */
      if (g_cancellable_is_cancelled (cancellable))
        return;
      self->n_opening--;
    }
  else
    {
      /* a newer read replaced this one, or the window is gone */
      if (cancellable != self->loading)
        return;
      g_clear_object (&self->loading);
    }

  /* on a failure, this window stays as it was, and no other opens */
  update_state (self);
  if (load->reread && project != NULL)
    show_reread (self, project);
  else if (load->reread)
    {
      /* the file still differs from what is shown */
      gtk_revealer_set_reveal_child (self->changed_banner, TRUE);
      _ind_window_show_error (self, _("Could Not Read the Report Again"), error->message);
    }
  else if (project == NULL && g_error_matches (error, IND_ERROR, IND_ERROR_REPORT_MISSING))
    ask_for_report (self, load, error);
  else if (project == NULL)
    _ind_window_show_error (self, _("Could Not Open the Report"), error->message);
  else if (load->beside)
    {
      IndWindow *window = ind_window_new (IND_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

      show_loaded (window, load->file, project);
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    show_loaded (self, load->file, project);
}

/**
 * ind_window_open:
 * @file: a report, or a `.indicadores` file of remarks
 *
 * Reads @file in a thread and shows it, with its remarks: those of a
 * project file, or those autosaved for the same report. A failure names
 * the file and the reason, and leaves the report already shown untouched;
 * a second call while reading replaces the first.
 */
void
ind_window_open (IndWindow *self,
                 GFile     *file)
{
  g_return_if_fail (IND_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, NULL, FALSE);
}

/**
 * ind_window_open_beside:
 * @file: a report, or a `.indicadores` file of remarks
 *
 * Reads @file for a new window, which appears once it is read; a failure
 * is told on this window, which stays as it was.
 */
void
ind_window_open_beside (IndWindow *self,
                        GFile     *file)
{
  g_return_if_fail (IND_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, NULL, TRUE);
}

/* Reads in a thread what @load says; takes @load. */
static void
run_load (IndWindow *self,
          Load      *load)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean beside = load->beside;

  if (beside)
    self->n_opening++;
  else
    {
      if (self->loading != NULL)
        g_cancellable_cancel (self->loading);
      g_clear_object (&self->loading);
      self->loading = g_cancellable_new ();
      self->rereading = load->reread;
    }

  name = g_file_get_basename (load->file);
  message = g_strdup_printf (_("Reading «%s»…"), name);
  if (!beside)
    gtk_label_set_text (self->loading_label, message);
  gtk_widget_set_tooltip_text (self->spinner, message);
  update_state (self);

  task = g_task_new (self, beside ? self->opening : self->loading, load_done, NULL);
  g_task_set_source_tag (task, ind_window_open);
  g_task_set_task_data (task, load, (GDestroyNotify)load_free);
  self->n_reads++;
  g_task_run_in_thread (task, load_thread);
}

static void
start_load (IndWindow *self,
            GFile     *file,
            GFile     *report_file,
            gboolean   beside)
{
  Load *load = g_new0 (Load, 1);

  load->file = g_object_ref (file);
  load->report_file = report_file != NULL ? g_object_ref (report_file) : NULL;
  load->beside = beside;
  run_load (self, load);
}

/**
 * _ind_window_reread:
 *
 * Reads the report's file again, after it changed on disk; the remarks
 * follow their items' paths, and those whose item is gone are kept as
 * orphans on the review's page. Until then the report shown stays.
 */
void
_ind_window_reread (IndWindow *self)
{
  Load *load;

  g_return_if_fail (self->project != NULL && self->file != NULL);

  gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
  load = g_new0 (Load, 1);
  load->file = g_object_ref (self->file);
  load->reread = TRUE;
  run_load (self, load);
}

/**
 * _ind_window_cancel_reading:
 *
 * Stops every read this window started: the report it was about to show,
 * the reports to compare and those for new windows. What the window
 * showed before stays, or the empty page if nothing was shown; a
 * cancelled read says nothing.
 */
void
_ind_window_cancel_reading (IndWindow *self)
{
  if (self->loading != NULL)
    {
      g_cancellable_cancel (self->loading);
      /* the file still differs from what is shown */
      if (self->rereading)
        gtk_revealer_set_reveal_child (self->changed_banner, TRUE);
    }
  g_clear_object (&self->loading);
  stop_comparing (self);
  if (self->n_opening > 0)
    {
      g_cancellable_cancel (self->opening);
      g_object_unref (self->opening);
      self->opening = g_cancellable_new ();
      self->n_opening = 0;
    }
  update_state (self);
  if (self->report != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->table));
}

gboolean
ind_window_is_loading (IndWindow *self)
{
  g_return_val_if_fail (IND_IS_WINDOW (self), FALSE);
  return self->loading != NULL;
}

gboolean
ind_window_has_report (IndWindow *self)
{
  g_return_val_if_fail (IND_IS_WINDOW (self), FALSE);
  return self->report != NULL;
}

IndReport *
ind_window_get_report (IndWindow *self)
{
  g_return_val_if_fail (IND_IS_WINDOW (self), NULL);
  return self->report;
}

void
_ind_window_show_search (IndWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "table");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

IndReportTable *
_ind_window_get_table (IndWindow *self)
{
  return self->table;
}

GtkEditable *
_ind_window_get_search_entry (IndWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

const char *
_ind_window_get_visible_page (IndWindow *self)
{
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

IndProject *
_ind_window_get_project (IndWindow *self)
{
  return self->project;
}

GtkLabel *
_ind_window_get_match_label (IndWindow *self)
{
  return self->match_label;
}

AdwViewSwitcherTitle *
_ind_window_get_switcher_title (IndWindow *self)
{
  return self->switcher_title;
}

AdwToastOverlay *
_ind_window_get_toast_overlay (IndWindow *self)
{
  return self->toast_overlay;
}

IndSummaryBand *
_ind_window_get_summary_band (IndWindow *self)
{
  return self->summary_band;
}

IndObservations *
_ind_window_get_observations (IndWindow *self)
{
  return self->observations;
}

IndChartView *
_ind_window_get_charts (IndWindow *self)
{
  return self->charts;
}

AdwFlap *
_ind_window_get_flap (IndWindow *self)
{
  return self->flap;
}

IndDetailPane *
_ind_window_get_detail_pane (IndWindow *self)
{
  return self->detail_pane;
}

AdwViewStackPage *
_ind_window_get_comparison_page (IndWindow *self)
{
  return self->comparison_page;
}

IndComparisonView *
_ind_window_get_comparison_view (IndWindow *self)
{
  return self->comparison_view;
}

IndComparison *
_ind_window_get_comparison (IndWindow *self)
{
  return self->comparison;
}

gboolean
_ind_window_is_comparing (IndWindow *self)
{
  return self->comparing != NULL;
}

GtkWidget *
_ind_window_get_export_button (IndWindow *self)
{
  return self->export_button;
}

GMenuModel *
_ind_window_get_export_section (IndWindow *self)
{
  return G_MENU_MODEL (self->export_section);
}

IndExportFlow *
_ind_window_get_export_flow (IndWindow *self)
{
  return self->export_flow;
}

GListModel *
_ind_window_get_recent_files (IndWindow *self)
{
  return G_LIST_MODEL (self->recent_files);
}

GtkStack *
_ind_window_get_main_stack (IndWindow *self)
{
  return self->main_stack;
}

GtkWidget *
_ind_window_get_cancel_button (IndWindow *self)
{
  return self->cancel_button;
}

GtkRevealer *
_ind_window_get_changed_banner (IndWindow *self)
{
  return self->changed_banner;
}

gboolean
_ind_window_is_monitoring (IndWindow *self)
{
  return self->monitor != NULL;
}

gboolean
_ind_window_offers_reread (IndWindow *self)
{
  return gtk_revealer_get_reveal_child (self->changed_banner);
}

/* A change was seen, and the offer waits for the writer to be done. */
gboolean
_ind_window_will_offer_reread (IndWindow *self)
{
  return self->changed_source != 0;
}

guint
_ind_window_get_n_reads (IndWindow *self)
{
  return self->n_reads;
}

/* The semáforo of the charts follows the preferences. */
static void
update_bands (IndWindow *self)
{
  IndSemaforoBands bands;

  ind_preferences_get_bands (self->settings, &bands);
  ind_chart_view_set_bands (self->charts, &bands);
  ind_report_table_set_bands (self->table, &bands);
  ind_summary_band_set_bands (self->summary_band, &bands);
  ind_comparison_view_set_bands (self->comparison_view, &bands);
}

/* Search */

/* "3 of 18" while the selected row is a match, else "18 matches". */
static void
update_match_label (IndWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *matches = NULL;
  guint n, index;

  index = ind_report_table_get_match (self->table, &n);
  if (*text == '\0')
    matches = g_strdup ("");
  else if (n == 0)
    matches = g_strdup (_("No matches"));
  else if (index > 0)
    /* Translators: the match selected, of how many */
    matches = g_strdup_printf (_("%u of %u"), index, n);
  else
    matches = g_strdup_printf (ngettext ("%u match", "%u matches", n), n);
  gtk_label_set_text (self->match_label, matches);
}

static void
search_changed (IndWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = ind_report_table_search (self->table, text);
  gboolean searching = *text != '\0';

  update_match_label (self);
  if (searching && n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
search_next (IndWindow *self)
{
  ind_report_table_find (self->table, FALSE);
}

static void
search_previous (IndWindow *self)
{
  ind_report_table_find (self->table, TRUE);
}

/* Enter goes to the next match (the entry's "activate"), Shift+Enter to
 * the one before. */
static void
add_search_shortcuts (IndWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK)),
                                                          gtk_named_action_new ("win.find-previous")));
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}

static void
search_mode_changed (IndWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    adw_view_stack_set_visible_child_name (self->view_stack, "table");
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->table));
}

/* Recent files, from GtkRecentManager: a submenu of the main menu, and a
 * list in the empty state. */

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  GFile *file = item;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **)a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **)b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static void
update_recent (IndWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify)gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (manager);
  guint n;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, g_get_application_name ()) &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (infos, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  g_ptr_array_sort (infos, compare_recent);

  n = MIN (infos->len, MAX_RECENT);
  g_list_store_remove_all (self->recent_files);
  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < n; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (infos, i);
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      g_list_store_append (self->recent_files, file);
    }

  g_menu_remove_all (self->recent_section);
  if (n > 0)
    g_menu_append_submenu (self->recent_section, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
  gtk_widget_set_visible (self->recent_group, n > 0);
}

/* Drag and drop: the first file opens here, any others in windows of
 * their own. */
static gboolean
drop_files (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            IndWindow     *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (files == NULL)
    return FALSE;

  ind_window_open (self, files->data);
  for (GSList *l = files->next; l != NULL; l = l->next)
    g_ptr_array_add (others, l->data);
  if (others->len > 0 && app != NULL)
    g_application_open (G_APPLICATION (app), (GFile **)others->pdata, others->len, "");
  g_slist_free (files);
  return TRUE;
}

static void
ind_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  IndWindow *self = IND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  IndWindow *self = IND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DETAILS:
      if (self->show_details != g_value_get_boolean (value))
        {
          self->show_details = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_window_dispose (GObject *object)
{
  IndWindow *self = IND_WINDOW (object);
  g_autoptr(GError) error = NULL;

  /* a read still running finds the window gone in load_done() */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  stop_comparing (self);
  stop_watching (self);
  /* closing asked already, if it had to */
  if (!drop_project (self, &error))
    g_warning ("%s", error->message);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_WINDOW);
  g_clear_object (&self->report);
  g_clear_object (&self->comparison);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_files);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (ind_window_parent_class)->dispose (object);
}

static void
ind_window_class_init (IndWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ind_window_dispose;
  object_class->get_property = ind_window_get_property;
  object_class->set_property = ind_window_set_property;
  window_class->close_request = ind_window_close_request;

  /* The pages of the window bind their "report" to this one. */
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (IND_TYPE_CHART_VIEW);
  g_type_ensure (IND_TYPE_COMPARISON_VIEW);
  g_type_ensure (IND_TYPE_DETAIL_PANE);
  g_type_ensure (IND_TYPE_EXPORT_FLOW);
  g_type_ensure (IND_TYPE_OBSERVATIONS);
  g_type_ensure (IND_TYPE_REPORT_TABLE);
  g_type_ensure (IND_TYPE_SUMMARY_BAND);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IndWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, summary_band);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, table);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, observations);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, charts);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, comparison_page);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, comparison_view);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, changed_banner);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, report_buttons);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, export_section);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, export_flow);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, recent_group);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_next);
  gtk_widget_class_bind_template_callback (widget_class, search_previous);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed);

  _ind_window_class_actions_init (klass);
}

static void
ind_window_init (IndWindow *self)
{
  GtkDropTarget *drop;

  self->show_details = TRUE;
  self->opening = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  add_search_shortcuts (self);
  g_signal_connect_object (self->table, "notify::selected-item",
                           G_CALLBACK (update_match_label), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->export_section, "items-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  /* Every GSettings of the schema shares one backend: a change made in
   * the preferences reaches this one too. */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::semaforo-green",
                           G_CALLBACK (update_bands), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::semaforo-yellow",
                           G_CALLBACK (update_bands), self, G_CONNECT_SWAPPED);
  update_bands (self);
  ind_export_flow_set_settings (self->export_flow, self->settings);
  g_signal_connect_object (self->export_flow, "notify::busy",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  self->recent_files = g_list_store_new (G_TYPE_FILE);
  self->recent_menu = g_menu_new ();
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent_files),
                           create_recent_row, NULL, NULL);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_files), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_state (self);
}

IndWindow *
ind_window_new (IndApplication *application)
{
  return g_object_new (IND_TYPE_WINDOW, "application", application, NULL);
}
