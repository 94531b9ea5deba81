/* ind-export.c
 *
 * Every export runs the same way in a thread: the options copied (with
 * a reference on their objects) for the worker, the progress passed back
 * to the caller's main context, the cancellable checked by the writer.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-export.h"

void
ind_export_options_init (IndExportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (IndExportOptions) { 0 };
  options->page_size = IND_PAGE_SIZE_LETTER;
  ind_semaforo_bands_init (&options->bands);
}

/* @src, or the defaults when it is %NULL, into @dest, which holds its
 * own references: free with ind_export_options_clear(). */
void
ind_export_options_copy (IndExportOptions       *dest,
                         const IndExportOptions *src)
{
  g_return_if_fail (dest != NULL);

  if (src == NULL)
    {
      ind_export_options_init (dest);
      return;
    }
  *dest = *src;
  if (dest->generated != NULL)
    g_date_time_ref (dest->generated);
  if (dest->project != NULL)
    g_object_ref (dest->project);
  if (dest->comparison != NULL)
    g_object_ref (dest->comparison);
}

/* Drops what ind_export_options_copy() took. */
void
ind_export_options_clear (IndExportOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->generated, g_date_time_unref);
  g_clear_object (&options->project);
  g_clear_object (&options->comparison);
}

/* An export's first step: checks its arguments, as g_return_val_if_fail()
 * does, and returns the options to use: @options, or the defaults put in
 * @defaults when @options is %NULL. %NULL for arguments that are wrong. */
const IndExportOptions *
ind_export_prepare (IndReport               *report,
                    const char              *path,
                    const IndExportOptions  *options,
                    IndExportOptions        *defaults,
                    GCancellable            *cancellable,
                    GError                 **error)
{
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (options == NULL || options->project == NULL ||
                        ind_project_get_report (options->project) == report, NULL);
  g_return_val_if_fail (options == NULL || options->comparison == NULL ||
                        IND_IS_COMPARISON (options->comparison), NULL);

  if (options != NULL)
    return options;
  ind_export_options_init (defaults);
  return defaults;
}

/* ---- In a thread ------------------------------------------------------- */

typedef struct
{
  IndExportFunc          write;
  char                  *path;
  IndExportOptions       options;        /* its progress is forward_progress() */
  IndExportProgressFunc  progress;       /* the caller's, run in its context */
  gpointer               progress_data;
  GMainContext          *context;
  double                 last_sent;
  GAsyncReadyCallback    callback;       /* the caller's, after the release */
  gpointer               user_data;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->path);
  ind_export_options_clear (&data->options);
  g_main_context_unref (data->context);
  g_free (data);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressCall;

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->task);
  g_free (call);
}

static gboolean
call_progress (gpointer user_data)
{
  ProgressCall *call = user_data;
  ExportData *data = g_task_get_task_data (call->task);

  /* Nothing after the result: the caller may have freed what it passed. */
  if (!g_task_get_completed (call->task))
    data->progress (call->fraction, data->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: passes the fraction on to the caller's main context,
 * a hundred times at most. */
static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  GTask *task = user_data;
  ExportData *data = g_task_get_task_data (task);
  ProgressCall *call;

  if (fraction < data->last_sent + 0.01 && fraction < 1.0)
    return;
  data->last_sent = fraction;
  call = g_new (ProgressCall, 1);
  call->task = g_object_ref (task);
  call->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, call_progress, call,
                              (GDestroyNotify)progress_call_free);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (data->write (source_object, data->path, &data->options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* In the caller's context: the thread is done with the notes. */
static void
export_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      unused)
{
  ExportData *data = g_task_get_task_data (G_TASK (result));

  ind_report_release_notes (IND_REPORT (source_object));
  if (data->callback != NULL)
    data->callback (source_object, result, data->user_data);
}

/**
 * ind_export_async:
 * @write: the export, such as ind_export_xlsx()
 * @options: (nullable): copied; %NULL for the defaults.
 *   @options->progress, if set, is called in the thread-default main
 *   context of the caller, never after @callback.
 *
 * Runs @write in a worker thread; finished by ind_export_finish(), with
 * the report as the source object. The report's notes are held
 * (ind_report_hold_notes()) until @callback runs, so the staff cannot
 * change what the thread is reading.
 */
void
ind_export_async (IndReport              *report,
                  IndExportFunc           write,
                  const char             *path,
                  const IndExportOptions *options,
                  GCancellable           *cancellable,
                  GAsyncReadyCallback     callback,
                  gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (IND_IS_REPORT (report));
  g_return_if_fail (write != NULL);
  g_return_if_fail (path != NULL);

  data = g_new0 (ExportData, 1);
  data->write = write;
  data->path = g_strdup (path);
  ind_export_options_copy (&data->options, options);
  data->progress = data->options.progress;
  data->progress_data = data->options.progress_data;
  data->context = g_main_context_ref_thread_default ();
  data->last_sent = -1;
  data->callback = callback;
  data->user_data = user_data;

  ind_report_hold_notes (report);
  task = g_task_new (report, cancellable, export_done, NULL);
  g_task_set_source_tag (task, ind_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify)export_data_free);
  if (data->progress != NULL)
    {
      /* The task outlives the calls: each one holds a reference. */
      data->options.progress = forward_progress;
      data->options.progress_data = task;
    }
  g_task_run_in_thread (task, export_thread);
}

gboolean
ind_export_finish (IndReport     *report,
                   GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, report), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ind_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
