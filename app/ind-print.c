/* ind-print.c
 *
 * Printing draws the same pages as the PDF summary: GtkPrintOperation's
 * begin-print paginates IndSummaryLayout at the printable size of the
 * chosen paper, and draw-page draws page N of it. The printer's margins
 * are the page's margins, so the layout adds none of its own.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-print.h"
#include "ind-summary-layout.h"

/* Half an inch, as in the PDF. */
#define PRINT_MARGIN 36.0

/* Kept for the next print in this session: the printer and paper chosen. */
static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

typedef struct
{
  IndReport           *report;
  IndExportOptions     options;  /* holds a reference on its objects */
  IndSummaryLayout    *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_object_unref (job->report);
  ind_export_options_clear (&job->options);
  g_clear_pointer (&job->layout, ind_summary_layout_free);
  g_free (job);
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&job->layout, ind_summary_layout_free);
  job->layout = ind_summary_layout_new (job->report, &job->options);
  if (!ind_summary_layout_paginate (job->layout,
                                    gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context),
                                    0, NULL, NULL, NULL, &error))
    {
      g_warning ("Could not paginate the summary: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, ind_summary_layout_get_n_pages (job->layout));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page_nr,
           PrintJob          *job)
{
  ind_summary_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static GtkPageSetup *
default_page_setup (IndPageSize page_size)
{
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (page_size == IND_PAGE_SIZE_A4 ? GTK_PAPER_NAME_A4
                                                                                     : GTK_PAPER_NAME_LETTER);
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_page_setup_set_top_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  return setup;
}

/**
 * ind_print_operation_new:
 * @options: (nullable): as for the PDF summary (semáforo, remarks,
 *   comparison); NULL for the defaults. Its progress is not used.
 *
 * Returns: (transfer full): a print operation for the summary of
 *   @report, landscape on the page size of @options (Letter by default)
 *   unless the user chose otherwise before
 */
GtkPrintOperation *
ind_print_operation_new (IndReport                 *report,
                         const IndExportOptions    *options)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob *job;
  const char *title;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  job = g_new0 (PrintJob, 1);
  job->report = g_object_ref (report);
  ind_export_options_copy (&job->options, options);
  job->options.progress = NULL;
  job->options.progress_data = NULL;

  operation = gtk_print_operation_new ();
  title = ind_report_get_title (report);
  gtk_print_operation_set_job_name (operation, title != NULL ? title : _("Indicadores de Resultados"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  setup = last_page_setup != NULL ? g_object_ref (last_page_setup) : default_page_setup (job->options.page_size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "ind-print-job", job, (GDestroyNotify)print_job_free);
  return operation;
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            GtkWindow               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (parent, _("The summary could not be printed"), error != NULL ? error->message : "");
    }
  g_clear_object (&parent);
  g_object_unref (operation);
}

/**
 * ind_print_report:
 * @parent: (nullable): the window the print dialog belongs to
 * @options: (nullable): as for ind_print_operation_new()
 *
 * Shows the print dialog and prints the summary of @report (Ctrl+P).
 */
void
ind_print_report (GtkWindow                 *parent,
                  IndReport                 *report,
                  const IndExportOptions    *options)
{
  GtkPrintOperation *operation;

  g_return_if_fail (IND_IS_REPORT (report));

  operation = ind_print_operation_new (report, options);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" comes whatever the outcome, errors included, and drops the
   * operation. */
  g_signal_connect (operation, "done", G_CALLBACK (print_done), parent ? g_object_ref (parent) : NULL);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}
