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
#include <string.h>

#include "ind-print.h"
#include "ind-summary-layout.h"

/* Half an inch, as in the PDF. */
#define PRINT_MARGIN 36.0

/* Kept for the next print in this session: the printer and paper chosen. */
static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

typedef struct
{
  IndReport        *report;
  IndSummaryLayout *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_object_unref (job->report);
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
  job->layout = ind_summary_layout_new (job->report, NULL);
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
default_page_setup (void)
{
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size (setup, letter);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_page_setup_set_top_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, PRINT_MARGIN, GTK_UNIT_POINTS);
  return setup;
}

/**
 * ind_print_operation_new:
 *
 * Returns: (transfer full): a print operation for the summary of
 *   @report, Letter landscape unless the user chose otherwise before
 */
GtkPrintOperation *
ind_print_operation_new (IndReport *report)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob *job;
  const char *title;

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);

  job = g_new0 (PrintJob, 1);
  job->report = g_object_ref (report);

  operation = gtk_print_operation_new ();
  title = ind_report_get_title (report);
  gtk_print_operation_set_job_name (operation, title != NULL ? title : _("Indicadores de Resultados"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  setup = last_page_setup != NULL ? g_object_ref (last_page_setup) : default_page_setup ();
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
 *
 * Shows the print dialog and prints the summary of @report (Ctrl+P).
 */
void
ind_print_report (GtkWindow *parent,
                  IndReport *report)
{
  GtkPrintOperation *operation;

  g_return_if_fail (IND_IS_REPORT (report));

  operation = ind_print_operation_new (report);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" comes whatever the outcome, errors included, and drops the
   * operation. */
  g_signal_connect (operation, "done", G_CALLBACK (print_done), parent ? g_object_ref (parent) : NULL);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

/* ---- Exporting from the window ------------------------------------------ */

typedef struct
{
  GtkWindow       *parent;
  AdwToastOverlay *toasts;
  AdwToast        *progress;
  GCancellable    *cancellable;
  IndPdfDocument   document;
  GFile           *file;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->parent);
  g_clear_object (&export->toasts);
  g_clear_object (&export->progress);
  g_clear_object (&export->cancellable);
  g_clear_object (&export->file);
  g_free (export);
}

static char *
progress_title (Export *export,
                double  fraction)
{
  /* Translators: the export's progress, "45%" */
  g_autofree char *percent = g_strdup_printf (_("%d%%"), (int)(fraction * 100));

  return g_strdup_printf (export->document == IND_PDF_SLIDES ? _("Exporting the slides… %s")
                                                            : _("Exporting the summary… %s"),
                          percent);
}

static void
export_progress (double   fraction,
                 gpointer user_data)
{
  Export *export = user_data;
  g_autofree char *title = progress_title (export, fraction);

  adw_toast_set_title (export->progress, title);
}

static void
open_file (AdwToast *toast,
           GFile    *file)
{
  GtkWindow *parent = g_object_get_data (G_OBJECT (toast), "ind-parent");
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static void
cancel_export (AdwToast     *toast,
               GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
unref_file (gpointer  file,
            GClosure *closure)
{
  g_object_unref (file);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (export->file);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = NULL;
  AdwToast *toast;

  adw_toast_dismiss (export->progress);
  if (!ind_export_pdf_finish (IND_REPORT (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (export->parent, _("The PDF could not be written"), error->message);
      export_free (export);
      return;
    }

  title = g_strdup_printf (_("Saved %s"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "ind-parent", g_object_ref (export->parent), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_file),
                         g_object_ref (export->file), unref_file, 0);
  adw_toast_overlay_add_toast (export->toasts, toast);
  export_free (export);
}

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             gpointer         user_data)
{
  Export *export = user_data;
  IndReport *report = g_object_get_data (G_OBJECT (chooser), "ind-report");
  IndExportPdfOptions options;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    export->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (export->file == NULL || (path = g_file_get_path (export->file)) == NULL)
    {
      export_free (export);
      g_object_unref (chooser);
      return;
    }

  export->cancellable = g_cancellable_new ();
  title = progress_title (export, 0);
  export->progress = g_object_ref_sink (adw_toast_new (title));
  adw_toast_set_timeout (export->progress, 0);
  adw_toast_set_button_label (export->progress, _("_Cancel"));
  g_signal_connect_object (export->progress, "button-clicked", G_CALLBACK (cancel_export),
                           export->cancellable, 0);
  adw_toast_overlay_add_toast (export->toasts, g_object_ref (export->progress));

  ind_export_pdf_options_init (&options);
  options.progress = export_progress;
  options.progress_data = export;
  ind_export_pdf_async (report, export->document, path, &options, export->cancellable, export_done, export);
  g_object_unref (chooser);
}

/* "oosapat-indicadores-2024-03.txt" → "oosapat-indicadores-2024-03 (resumen).pdf" */
static char *
suggested_name (IndReport      *report,
                IndPdfDocument  document)
{
  const char *source = ind_report_get_source_name (report);
  g_autofree char *stem = g_strdup (source != NULL ? source : _("report"));
  char *dot = strrchr (stem, '.');

  if (dot != NULL && dot != stem)
    *dot = '\0';
  return g_strdup_printf (document == IND_PDF_SLIDES ? _("%s (slides).pdf") : _("%s (summary).pdf"), stem);
}

/**
 * ind_print_export_pdf:
 * @toasts: where the progress, a Cancel button and, once written, the
 *   file with an Open button are shown
 *
 * Asks where to save the summary or the slides of @report ("Exportar a
 * PDF…", "Exportar diapositivas…") and writes them in a thread.
 */
void
ind_print_export_pdf (GtkWindow       *parent,
                      AdwToastOverlay *toasts,
                      IndReport       *report,
                      IndPdfDocument   document)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (report, document);
  Export *export;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (IND_IS_REPORT (report));

  export = g_new0 (Export, 1);
  export->parent = g_object_ref (parent);
  export->toasts = g_object_ref (toasts);
  export->document = document;

  chooser = gtk_file_chooser_native_new (document == IND_PDF_SLIDES ? _("Export Slides") : _("Export to PDF"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "ind-report", g_object_ref (report), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
