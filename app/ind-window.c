/* ind-window.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-report-text.h"
#include "ind-window.h"

struct _IndWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status_page;
  GtkLabel             *summary_label;
  IndReport            *report;
};

G_DEFINE_FINAL_TYPE (IndWindow, ind_window, ADW_TYPE_APPLICATION_WINDOW)

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  IndReport *report = ind_report_load (task_data, cancellable, &error);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  IndWindow *self = IND_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(IndReport) report = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *summary = NULL;

  if (report == NULL)
    {
      adw_status_page_set_title (self->status_page, _("The file could not be opened"));
      adw_status_page_set_description (self->status_page, error->message);
      return;
    }

  g_set_object (&self->report, report);
  summary = ind_report_to_summary (report);
  adw_status_page_set_title (self->status_page, ind_report_get_entity (report));
  adw_status_page_set_description (self->status_page, ind_report_get_title (report));
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
}

void
ind_window_open (IndWindow *self,
                 GFile     *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (IND_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, load_done, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
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

static void
ind_window_dispose (GObject *object)
{
  IndWindow *self = IND_WINDOW (object);

  g_clear_object (&self->report);
  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_WINDOW);

  G_OBJECT_CLASS (ind_window_parent_class)->dispose (object);
}

static void
ind_window_class_init (IndWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IndWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, IndWindow, summary_label);
}

static void
ind_window_init (IndWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

IndWindow *
ind_window_new (IndApplication *application)
{
  return g_object_new (IND_TYPE_WINDOW, "application", application, NULL);
}
