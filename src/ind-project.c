/* ind-project.c: the user's remarks on a report, saved in a project file
 *
 * While the report is open a remark lives in its item's "note". The
 * project mirrors the notes by path, so that it can save them, undo
 * edits, and keep the remarks whose item is gone from a changed report
 * (orphans) instead of dropping them. Whoever changes a note, through
 * ind_project_set_remark() or ind_item_set_note(), goes through the same
 * bookkeeping.
 *
 * The file is JSON:
 *
 *   { "format": "indicadores-remarks", "version": 1,
 *     "created": ISO 8601, "saved": ISO 8601,
 *     "report": { "name": "x.txt", "uri": "file:///…", "sha256": "…" },
 *     "remarks": { "101/C01/A01": { "text": "…", "nombre": "…",
 *                                    "modified": ISO 8601 }, … } }
 *
 * The autosaved copy under $XDG_STATE_HOME/indicadores/autosave/ is named
 * after the report's SHA-256, so reopening the same report finds it, and
 * also holds "project": the uri of the file the user saved to, if any.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ind-atomic-file.h"
#include "ind-error.h"
#include "ind-load-private.h"
#include "ind-load.h"
#include "ind-project.h"

#define FORMAT_NAME    "indicadores-remarks"
#define FORMAT_VERSION 1

/* Edits of one remark closer together than this are undone as one, so
 * that Ctrl+Z does not take back a remark letter by letter. */
#define UNDO_MERGE_USEC G_USEC_PER_SEC

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static gboolean
set_str (char       **target,
         const char  *value)
{
  if (g_strcmp0 (*target, value) == 0)
    return FALSE;
  g_free (*target);
  *target = g_strdup (value);
  return TRUE;
}

/* IndRemark */

struct _IndRemark
{
  GObject    parent_instance;

  char      *path;
  char      *text;
  char      *nombre;     /* the item's name when the remark was written */
  GDateTime *modified;
  guint      orphaned : 1;
  guint      renamed : 1;
};

G_DEFINE_FINAL_TYPE (IndRemark, ind_remark, G_TYPE_OBJECT)

enum {
  REMARK_PROP_0,
  REMARK_PROP_PATH,
  REMARK_PROP_TEXT,
  REMARK_PROP_NOMBRE,
  REMARK_PROP_MODIFIED,
  REMARK_PROP_ORPHANED,
  REMARK_PROP_RENAMED,
  REMARK_N_PROPS
};

static GParamSpec *remark_properties[REMARK_N_PROPS];

static void
ind_remark_finalize (GObject *object)
{
  IndRemark *self = (IndRemark *)object;

  g_free (self->path);
  g_free (self->text);
  g_free (self->nombre);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (ind_remark_parent_class)->finalize (object);
}

static void
ind_remark_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  IndRemark *self = IND_REMARK (object);

  switch (prop_id)
    {
    case REMARK_PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case REMARK_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case REMARK_PROP_NOMBRE:
      g_value_set_string (value, self->nombre);
      break;
    case REMARK_PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case REMARK_PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    case REMARK_PROP_RENAMED:
      g_value_set_boolean (value, self->renamed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_remark_class_init (IndRemarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ind_remark_finalize;
  object_class->get_property = ind_remark_get_property;

  remark_properties[REMARK_PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  remark_properties[REMARK_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  remark_properties[REMARK_PROP_NOMBRE] =
    g_param_spec_string ("nombre", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  remark_properties[REMARK_PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  remark_properties[REMARK_PROP_ORPHANED] =
    g_param_spec_boolean ("orphaned", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  remark_properties[REMARK_PROP_RENAMED] =
    g_param_spec_boolean ("renamed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, REMARK_N_PROPS, remark_properties);
}

static void
ind_remark_init (IndRemark *self)
{
}

/* The item path the remark belongs to. */
const char *
ind_remark_get_path (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), NULL);
  return self->path;
}

const char *
ind_remark_get_text (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), NULL);
  return self->text;
}

/* The item's name when the remark was written; NULL if unknown. */
const char *
ind_remark_get_nombre (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), NULL);
  return self->nombre;
}

/* When the remark was last edited (UTC); NULL if unknown. */
GDateTime *
ind_remark_get_modified (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), NULL);
  return self->modified;
}

/* TRUE when the report has no item at the remark's path. */
gboolean
ind_remark_get_orphaned (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), FALSE);
  return self->orphaned;
}

/* TRUE when the item at the path now has another name than when the
 * remark was written: the remark may be about something else. */
gboolean
ind_remark_get_renamed (IndRemark *self)
{
  g_return_val_if_fail (IND_IS_REMARK (self), FALSE);
  return self->renamed;
}

/* IndProject */

typedef struct
{
  char *path;
  char *old_text;
  char *new_text;
  char *nombre;   /* to bring back a deleted orphan with its name */
} UndoStep;

static void
undo_step_free (UndoStep *step)
{
  g_free (step->path);
  g_free (step->old_text);
  g_free (step->new_text);
  g_free (step->nombre);
  g_free (step);
}

struct _IndProject
{
  GObject     parent_instance;

  IndReport  *report;
  GFile      *report_file;
  GFile      *file;
  GDateTime  *created;

  GHashTable *by_path;   /* path → IndRemark, a reference each */
  GHashTable *order;     /* item path → its position in the report + 1 */
  GListStore *remarks;   /* every remark: report order, then orphans */
  GListStore *orphans;

  GPtrArray  *undo;      /* UndoStep, oldest first */
  GPtrArray  *redo;
  gint64      last_edit_usec;
  gboolean    merge_open;

  guint       autosave_delay;
  guint       autosave_source;

  guint       silent : 1;           /* the project itself is setting a note */
  guint       dirty : 1;
  guint       report_changed : 1;
  guint       autosave_pending : 1;
};

G_DEFINE_FINAL_TYPE (IndProject, ind_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_FILE,
  PROP_DIRTY,
  PROP_REPORT_CHANGED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  SIGNAL_AUTOSAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean write_autosave (IndProject  *self,
                                GError     **error);

static void
ind_project_dispose (GObject *object)
{
  IndProject *self = (IndProject *)object;

  /* Remarks are never lost: a pending autosave is written now rather
   * than dropped with the window. */
  if (self->autosave_pending)
    {
      g_autoptr(GError) error = NULL;

      if (!write_autosave (self, &error))
        g_warning ("%s", error->message);
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  G_OBJECT_CLASS (ind_project_parent_class)->dispose (object);
}

static void
ind_project_finalize (GObject *object)
{
  IndProject *self = (IndProject *)object;

  g_clear_object (&self->report);
  g_clear_object (&self->report_file);
  g_clear_object (&self->file);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->order, g_hash_table_unref);
  g_clear_object (&self->remarks);
  g_clear_object (&self->orphans);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (ind_project_parent_class)->finalize (object);
}

static void
ind_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  IndProject *self = IND_PROJECT (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_REPORT_CHANGED:
      g_value_set_boolean (value, self->report_changed);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ind_project_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ind_project_get_can_redo (self));
      break;
    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  IndProject *self = IND_PROJECT (object);

  switch (prop_id)
    {
    case PROP_AUTOSAVE_DELAY:
      ind_project_set_autosave_delay (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_project_class_init (IndProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ind_project_dispose;
  object_class->finalize = ind_project_finalize;
  object_class->get_property = ind_project_get_property;
  object_class->set_property = ind_project_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT_CHANGED] =
    g_param_spec_boolean ("report-changed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * IndProject::changed:
   * @path: the item path whose remark changed
   *
   * After every edit, undo and redo; not while loading.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * IndProject::autosave-failed:
   * @error: why, naming the file
   *
   * The remarks stay in memory and the next change tries again.
   */
  signals[SIGNAL_AUTOSAVE_FAILED] =
    g_signal_new ("autosave-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ind_project_init (IndProject *self)
{
  self->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->order = g_hash_table_new (g_str_hash, g_str_equal);
  self->remarks = g_list_store_new (IND_TYPE_REMARK);
  self->orphans = g_list_store_new (IND_TYPE_REMARK);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify)undo_step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify)undo_step_free);
  self->created = g_date_time_new_now_utc ();
}

/* Report order for the items, then the orphans by path. */
static int
compare_remarks (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  IndProject *self = user_data;
  const char *pa = ind_remark_get_path ((IndRemark *)a);
  const char *pb = ind_remark_get_path ((IndRemark *)b);
  guint oa = GPOINTER_TO_UINT (g_hash_table_lookup (self->order, pa));
  guint ob = GPOINTER_TO_UINT (g_hash_table_lookup (self->order, pb));

  if (oa == 0)
    oa = G_MAXUINT;
  if (ob == 0)
    ob = G_MAXUINT;
  if (oa != ob)
    return oa < ob ? -1 : 1;
  return strcmp (pa, pb);
}

static void
store_remove (GListStore *store,
              IndRemark  *remark)
{
  guint position;

  if (g_list_store_find (store, remark, &position))
    g_list_store_remove (store, position);
}

/* Makes the project's record and the item's note say @text (NULL: no
 * remark), without undo, signals or autosave. */
static void
apply_remark (IndProject  *self,
              const char  *path,
              const char  *text,
              const char  *nombre,
              GDateTime   *modified)
{
  IndRemark *remark = g_hash_table_lookup (self->by_path, path);
  IndItem *item = ind_report_find_item (self->report, path);
  g_autofree char *nombre_copy = g_strdup (nombre); /* may point into @remark */

  if (text == NULL)
    {
      if (remark != NULL)
        {
          store_remove (self->remarks, remark);
          store_remove (self->orphans, remark);
          g_hash_table_remove (self->by_path, path);
        }
    }
  else if (remark != NULL)
    {
      gboolean renamed = item != NULL && nombre_copy != NULL &&
                         g_strcmp0 (nombre_copy, ind_item_get_nombre (item)) != 0;

      if (set_str (&remark->text, text))
        g_object_notify_by_pspec (G_OBJECT (remark), remark_properties[REMARK_PROP_TEXT]);
      if (set_str (&remark->nombre, nombre_copy))
        g_object_notify_by_pspec (G_OBJECT (remark), remark_properties[REMARK_PROP_NOMBRE]);
      if (modified != NULL)
        g_date_time_ref (modified);
      g_clear_pointer (&remark->modified, g_date_time_unref);
      remark->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (remark), remark_properties[REMARK_PROP_MODIFIED]);
      if (remark->renamed != renamed)
        {
          remark->renamed = renamed;
          g_object_notify_by_pspec (G_OBJECT (remark), remark_properties[REMARK_PROP_RENAMED]);
        }
    }
  else
    {
      remark = g_object_new (IND_TYPE_REMARK, NULL);
      remark->path = g_strdup (path);
      remark->text = g_strdup (text);
      remark->nombre = g_steal_pointer (&nombre_copy);
      remark->modified = modified != NULL ? g_date_time_ref (modified) : NULL;
      remark->orphaned = item == NULL;
      remark->renamed = item != NULL && remark->nombre != NULL &&
                        g_strcmp0 (remark->nombre, ind_item_get_nombre (item)) != 0;
      g_hash_table_insert (self->by_path, remark->path, remark);
      g_list_store_insert_sorted (self->remarks, remark, compare_remarks, self);
      if (remark->orphaned)
        g_list_store_insert_sorted (self->orphans, remark, compare_remarks, self);
    }

  if (item != NULL)
    {
      self->silent = TRUE;
      ind_item_set_note (item, text);
      self->silent = FALSE;
    }
}

static gboolean
autosave_timeout (gpointer user_data)
{
  IndProject *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  if (!write_autosave (self, &error))
    g_signal_emit (self, signals[SIGNAL_AUTOSAVE_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

/* Debounced: the write happens once the user has paused. */
static void
schedule_autosave (IndProject *self)
{
  if (self->autosave_delay == 0)
    return;
  self->autosave_pending = TRUE;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (self->autosave_delay, autosave_timeout, self);
}

static void
set_dirty (IndProject *self,
           gboolean    dirty)
{
  dirty = !!dirty;
  if (self->dirty != dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }
}

static void
notify_undo_state (IndProject *self,
                   gboolean    could_undo,
                   gboolean    could_redo)
{
  if (could_undo != ind_project_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ind_project_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
record_undo (IndProject *self,
             const char *path,
             const char *old_text,
             const char *new_text,
             const char *nombre)
{
  gint64 now = g_get_monotonic_time ();
  UndoStep *last = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;

  g_ptr_array_set_size (self->redo, 0);
  if (last != NULL && self->merge_open && g_str_equal (last->path, path) &&
      now - self->last_edit_usec < UNDO_MERGE_USEC)
    {
      set_str (&last->new_text, new_text);
      /* Typed and erased back to where it was: nothing to undo. */
      if (g_strcmp0 (last->old_text, last->new_text) == 0)
        {
          g_ptr_array_set_size (self->undo, self->undo->len - 1);
          self->merge_open = FALSE;
          return;
        }
    }
  else
    {
      UndoStep *step = g_new0 (UndoStep, 1);

      step->path = g_strdup (path);
      step->old_text = g_strdup (old_text);
      step->new_text = g_strdup (new_text);
      step->nombre = g_strdup (nombre);
      g_ptr_array_add (self->undo, step);
    }
  self->merge_open = TRUE;
  self->last_edit_usec = now;
}

/* Every change of a remark by the user, an undo or a redo ends here.
 * @nombre names an orphan brought back by undo. */
static gboolean
edit_remark (IndProject *self,
             const char *path,
             const char *text,
             gboolean    undoable,
             const char *nombre)
{
  IndRemark *remark = g_hash_table_lookup (self->by_path, path);
  IndItem *item = ind_report_find_item (self->report, path);
  gboolean could_undo = ind_project_get_can_undo (self);
  gboolean could_redo = ind_project_get_can_redo (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *path_copy = g_strdup (path); /* may belong to @remark */

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (remark != NULL ? remark->text : NULL, text) == 0)
    return FALSE;

  if (item != NULL)
    nombre = ind_item_get_nombre (item);
  else if (remark != NULL)
    nombre = remark->nombre;
  if (undoable)
    record_undo (self, path_copy, remark != NULL ? remark->text : NULL, text, nombre);

  now = g_date_time_new_now_utc ();
  apply_remark (self, path_copy, text, nombre, now);
  notify_undo_state (self, could_undo, could_redo);
  set_dirty (self, TRUE);
  schedule_autosave (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, path_copy);
  return TRUE;
}

/* A note changed by someone else than the project (the window calling
 * ind_item_set_note()). */
static void
on_note_changed (IndReport  *report,
                 IndItem    *item,
                 IndProject *self)
{
  if (self->silent)
    return;
  edit_remark (self, ind_item_get_path (item), ind_item_get_note (item), TRUE, NULL);
}

typedef struct
{
  IndProject *self;
  guint       position;
} Watch;

static void
watch_item (IndItem  *item,
            gpointer  user_data)
{
  Watch *watch = user_data;
  IndProject *self = watch->self;

  g_hash_table_insert (self->order, (gpointer)ind_item_get_path (item),
                       GUINT_TO_POINTER (++watch->position));

  /* Notes set before the project existed are remarks like any other. */
  if (ind_item_get_note (item) != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      apply_remark (self, ind_item_get_path (item), ind_item_get_note (item),
                    ind_item_get_nombre (item), now);
    }
}

/**
 * ind_project_new:
 * @report: the report the remarks are about
 * @report_file: (nullable): where it was read from, recorded in the
 *   project file so that the project can be opened alone
 *
 * An empty project, without file: nothing is read or written.
 */
IndProject *
ind_project_new (IndReport *report,
                 GFile     *report_file)
{
  IndProject *self;
  Watch watch = { NULL, 0 };

  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  g_return_val_if_fail (report_file == NULL || G_IS_FILE (report_file), NULL);

  self = g_object_new (IND_TYPE_PROJECT, NULL);
  self->report = g_object_ref (report);
  g_set_object (&self->report_file, report_file);
  watch.self = self;
  ind_report_foreach_item (report, watch_item, &watch);
  g_signal_connect_object (report, "note-changed", G_CALLBACK (on_note_changed), self, 0);
  return self;
}

/* Reading */

static JsonNode *
member (JsonObject *object,
        const char *name,
        GType       value_type)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;
  if (value_type == JSON_TYPE_OBJECT)
    return JSON_NODE_HOLDS_OBJECT (node) ? node : NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != value_type)
    return NULL;
  return node;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name, JSON_TYPE_OBJECT);

  return node != NULL ? json_node_get_object (node) : NULL;
}

static GDateTime *
member_date_time (JsonObject *object,
                  const char *name)
{
  const char *text = member_string (object, name);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

static void
set_damaged (GError     **error,
             const char  *name)
{
  g_set_error (error, IND_ERROR, IND_ERROR_DAMAGED,
               _("%s: The remarks file is damaged and cannot be read."), name);
}

/* The parsed file's root object, checked to the last remark, so that a
 * project is never opened with part of its remarks silently left out
 * (they would be lost at the next save). */
static JsonObject *
parse_project (GBytes      *bytes,
               const char  *name,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *remarks;
  JsonNode *version;
  g_autoptr(GList) paths = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!json_parser_load_from_data (parser, data, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      g_strcmp0 (member_string (json_node_get_object (json_parser_get_root (parser)), "format"),
                 FORMAT_NAME) != 0)
    {
      /* One of ours cut short (copied off a full disk) is damaged, not
       * some other file. */
      if (g_strstr_len (data, MIN (length, 256), "\"" FORMAT_NAME "\"") != NULL)
        set_damaged (error, name);
      else
        g_set_error (error, IND_ERROR, IND_ERROR_NOT_A_PROJECT,
                     _("%s: It is not a file of Indicadores remarks."), name);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  version = member (root, "version", G_TYPE_INT64);
  if (version == NULL)
    {
      set_damaged (error, name);
      return NULL;
    }
  if (json_node_get_int (version) > FORMAT_VERSION)
    {
      g_set_error (error, IND_ERROR, IND_ERROR_NOT_A_PROJECT,
                   _("%s: It was saved by a newer version of Indicadores; update the application to open it."),
                   name);
      return NULL;
    }

  remarks = member_object (root, "remarks");
  if (remarks == NULL || member_object (root, "report") == NULL)
    {
      set_damaged (error, name);
      return NULL;
    }
  paths = json_object_get_members (remarks);
  for (GList *l = paths; l != NULL; l = l->next)
    {
      JsonObject *remark = member_object (remarks, l->data);

      if (*(const char *)l->data == '\0' || remark == NULL || member_string (remark, "text") == NULL)
        {
          set_damaged (error, name);
          return NULL;
        }
    }
  return json_object_ref (root);
}

/* Puts the parsed remarks on the project: as loaded, not as edits. */
static void
apply_project (IndProject *self,
               JsonObject *root)
{
  JsonObject *remarks = member_object (root, "remarks");
  JsonObject *report = member_object (root, "report");
  g_autoptr(GList) paths = json_object_get_members (remarks);
  g_autoptr(GDateTime) created = member_date_time (root, "created");

  for (GList *l = paths; l != NULL; l = l->next)
    {
      JsonObject *remark = member_object (remarks, l->data);
      g_autoptr(GDateTime) modified = member_date_time (remark, "modified");

      apply_remark (self, l->data, member_string (remark, "text"),
                    member_string (remark, "nombre"), modified);
    }
  if (created != NULL)
    {
      g_date_time_unref (self->created);
      self->created = g_steal_pointer (&created);
    }
  self->report_changed = g_strcmp0 (member_string (report, "sha256"),
                                    ind_report_get_source_checksum (self->report)) != 0;
}

/* The stored uri if that file is there, else a file of the stored name
 * beside the project: a folder copied to another computer keeps working. */
static GFile *
find_report_file (JsonObject *root,
                  GFile      *project_file,
                  GError    **error)
{
  JsonObject *report = member_object (root, "report");
  const char *uri = member_string (report, "uri");
  const char *name = member_string (report, "name");
  g_autofree char *project_name = g_file_get_basename (project_file);

  if (uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      if (g_file_query_exists (file, NULL))
        return g_steal_pointer (&file);
    }
  if (name != NULL && strchr (name, '/') == NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (project_file);
      g_autoptr(GFile) file = folder != NULL ? g_file_get_child (folder, name) : NULL;

      if (file != NULL && g_file_query_exists (file, NULL))
        return g_steal_pointer (&file);
    }
  g_set_error (error, IND_ERROR, IND_ERROR_REPORT_MISSING,
               _("%s: The report these remarks were written for, %s, was not found."),
               project_name, name != NULL ? name : "?");
  return NULL;
}

static IndProject *
load_project_bytes (GBytes        *bytes,
                    GFile         *project_file,
                    GFile         *report_file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *name = g_file_get_basename (project_file);
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GFile) found = NULL;
  g_autoptr(IndReport) report = NULL;
  IndProject *self;

  root = parse_project (bytes, name, error);
  if (root == NULL)
    return NULL;
  if (report_file == NULL)
    {
      report_file = found = find_report_file (root, project_file, error);
      if (report_file == NULL)
        return NULL;
    }
  report = ind_report_load (report_file, cancellable, error);
  if (report == NULL)
    return NULL;

  self = ind_project_new (report, report_file);
  apply_project (self, root);
  self->file = g_object_ref (project_file);
  return self;
}

/**
 * ind_project_load:
 * @project_file: a `.indicadores` file
 * @report_file: (nullable): the report to put the remarks on; NULL for
 *   the one the project names
 *
 * Reads the project and its report. If the report is not the one the
 * remarks were written for, they are put on it anyway: those whose path
 * is gone become orphans, and ind_project_get_report_changed() is TRUE.
 * Fails with %IND_ERROR_REPORT_MISSING when @report_file is NULL and the
 * named report cannot be found: ask the user for it and call again.
 */
IndProject *
ind_project_load (GFile         *project_file,
                  GFile         *report_file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (project_file), NULL);
  g_return_val_if_fail (report_file == NULL || G_IS_FILE (report_file), NULL);

  bytes = _ind_load_file_bytes (project_file, NULL, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return load_project_bytes (bytes, project_file, report_file, cancellable, error);
}

/* Puts the autosaved remarks of this very report back, if there are any. */
static void
recover_autosave (IndProject *self)
{
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autofree char *name = NULL;
  const char *project_uri;

  if (autosave == NULL)
    return;
  bytes = g_file_load_bytes (autosave, NULL, NULL, &error);
  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("%s", error->message);
      return;
    }
  name = g_file_get_path (autosave);
  root = parse_project (bytes, name, &error);
  if (root == NULL)
    {
      /* Written atomically by us, so only a foreign hand damages it; the
       * report still opens. */
      g_warning ("%s", error->message);
      return;
    }

  apply_project (self, root);
  project_uri = member_string (root, "project");
  if (project_uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (project_uri);

      if (g_file_query_exists (file, NULL))
        self->file = g_steal_pointer (&file);
    }
  /* Remarks only in the autosave still want a file of the user's. */
  self->dirty = self->file == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->remarks)) > 0;
}

static gboolean
is_project (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return data[i] == '{';
  return FALSE;
}

/**
 * ind_project_open:
 * @file: a report, or a `.indicadores` project (told apart by content)
 *
 * What "Open" does. A project is read as by ind_project_load() with the
 * report it names. A report comes with the remarks autosaved for the
 * same bytes, if any, and with the project file they were last saved to.
 * Blocking: call it from a thread.
 */
IndProject *
ind_project_open (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(IndReport) report = NULL;
  g_autofree char *etag = NULL;
  IndProject *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = _ind_load_file_bytes (file, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;
  if (is_project (bytes))
    return load_project_bytes (bytes, file, NULL, cancellable, error);

  report = _ind_load_report_bytes (bytes, file, etag, cancellable, error);
  if (report == NULL)
    return NULL;
  self = ind_project_new (report, file);
  recover_autosave (self);
  return self;
}

/**
 * ind_project_take_remarks:
 * @self: a new project (ind_project_new()) of the report's file read
 *   again, after it changed on disk
 * @previous: the project of the report shown until then
 *
 * Puts @previous's remarks on @self, with its file, creation date and
 * autosave delay: what the window does on "Reload", once the report is
 * read in a thread. A remark whose item is gone becomes an orphan, kept
 * and shown, never dropped; ind_project_get_report_changed() is TRUE when
 * there are remarks and the bytes are not those they were written for,
 * and then the remarks are autosaved for the new bytes. Undo starts anew.
 */
void
ind_project_take_remarks (IndProject *self,
                          IndProject *previous)
{
  GListModel *remarks;
  guint n;

  g_return_if_fail (IND_IS_PROJECT (self));
  g_return_if_fail (IND_IS_PROJECT (previous));
  g_return_if_fail (g_list_model_get_n_items (G_LIST_MODEL (self->remarks)) == 0);

  remarks = G_LIST_MODEL (previous->remarks);
  n = g_list_model_get_n_items (remarks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (remarks, i);

      apply_remark (self, remark->path, remark->text, remark->nombre, remark->modified);
    }
  g_date_time_unref (self->created);
  self->created = g_date_time_ref (previous->created);
  g_set_object (&self->file, previous->file);
  self->dirty = previous->dirty;
  self->autosave_delay = previous->autosave_delay;
  self->report_changed = n > 0 &&
                         (previous->report_changed ||
                          g_strcmp0 (ind_report_get_source_checksum (previous->report),
                                     ind_report_get_source_checksum (self->report)) != 0);
  if (self->report_changed)
    schedule_autosave (self);
}

/* Writing */

static void
add_member_string (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_member_date_time (JsonBuilder *builder,
                      const char  *name,
                      GDateTime   *value)
{
  g_autofree char *text = value != NULL ? g_date_time_format_iso8601 (value) : NULL;

  add_member_string (builder, name, text);
}

static char *
to_json (IndProject *self,
         GFile      *project_link)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *report_uri = self->report_file != NULL ? g_file_get_uri (self->report_file) : NULL;
  g_autofree char *report_name = self->report_file != NULL ? g_file_get_basename (self->report_file) : NULL;
  g_autofree char *project_uri = project_link != NULL ? g_file_get_uri (project_link) : NULL;
  GListModel *remarks = G_LIST_MODEL (self->remarks);

  json_builder_begin_object (builder);
  add_member_string (builder, "format", FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  add_member_string (builder, "generator", "Indicadores " PACKAGE_VERSION);
  add_member_date_time (builder, "created", self->created);
  add_member_date_time (builder, "saved", now);

  json_builder_set_member_name (builder, "report");
  json_builder_begin_object (builder);
  add_member_string (builder, "name", report_name != NULL ? report_name
                                                          : ind_report_get_source_name (self->report));
  add_member_string (builder, "uri", report_uri);
  add_member_string (builder, "sha256", ind_report_get_source_checksum (self->report));
  json_builder_end_object (builder);

  add_member_string (builder, "project", project_uri);

  json_builder_set_member_name (builder, "remarks");
  json_builder_begin_object (builder);
  for (guint i = 0; i < g_list_model_get_n_items (remarks); i++)
    {
      g_autoptr(IndRemark) remark = g_list_model_get_item (remarks, i);

      json_builder_set_member_name (builder, remark->path);
      json_builder_begin_object (builder);
      add_member_string (builder, "text", remark->text);
      add_member_string (builder, "nombre", remark->nombre);
      add_member_date_time (builder, "modified", remark->modified);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Temporary file beside the target, flushed, renamed over it: the file
 * is the old one or the new one after a crash at any moment. */
static gboolean
write_file (GFile       *file,
            const char  *contents,
            GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(IndAtomicFile) atomic = NULL;
  FILE *stream;
  gboolean written;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, IND_ERROR, IND_ERROR_WRITE,
                   _("%s could not be written: it is not a local file."), name);
      return FALSE;
    }

  atomic = ind_atomic_file_new (path, error);
  if (atomic == NULL)
    return FALSE;
  stream = g_fopen (ind_atomic_file_get_temp_path (atomic), "wb");
  written = stream != NULL && fputs (contents, stream) >= 0;
  if (stream != NULL && fclose (stream) != 0)
    written = FALSE;
  if (!written)
    {
      ind_atomic_file_set_errno_error (error, path, errno);
      return FALSE;
    }
  return ind_atomic_file_commit (atomic, error);
}

static gboolean
write_autosave_copy (IndProject  *self,
                     GError     **error)
{
  g_autoptr(GFile) autosave = ind_project_get_autosave_file (self);
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;

  if (autosave == NULL)
    return TRUE;
  path = g_file_get_path (autosave);
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0777) != 0)
    {
      ind_atomic_file_set_errno_error (error, path, errno);
      return FALSE;
    }
  contents = to_json (self, self->file);
  return write_file (autosave, contents, error);
}

static void
set_file (IndProject *self,
          GFile      *file)
{
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file))
    return;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * ind_project_save:
 * @file: (nullable): where to save ("Save as…"), or NULL for the
 *   project's own file ("Save")
 *
 * Writes the project atomically; on success @file becomes the project's
 * file and the project is no longer dirty. The autosaved copy is brought
 * up to date as well.
 */
gboolean
ind_project_save (IndProject  *self,
                  GFile       *file,
                  GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) autosave_error = NULL;

  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  contents = to_json (self, NULL);
  if (!write_file (file, contents, error))
    return FALSE;
  set_file (self, file);
  set_dirty (self, FALSE);

  if (!write_autosave_copy (self, &autosave_error))
    g_signal_emit (self, signals[SIGNAL_AUTOSAVE_FAILED], 0, autosave_error);
  self->autosave_pending = FALSE;
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  return TRUE;
}

/* The autosave goes to the user's file, if there is one, and always to
 * the copy found again by the report's checksum. */
static gboolean
write_autosave (IndProject  *self,
                GError     **error)
{
  self->autosave_pending = FALSE;
  if (self->file != NULL)
    {
      g_autofree char *contents = to_json (self, NULL);

      if (!write_file (self->file, contents, error))
        {
          write_autosave_copy (self, NULL);
          return FALSE;
        }
      set_dirty (self, FALSE);
    }
  return write_autosave_copy (self, error);
}

/**
 * ind_project_flush:
 *
 * Writes a pending autosave now instead of waiting for the delay: what
 * the window does before it closes.
 */
gboolean
ind_project_flush (IndProject  *self,
                   GError     **error)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (!self->autosave_pending)
    return TRUE;
  return write_autosave (self, error);
}

/**
 * ind_project_get_autosave_file:
 *
 * Returns: (transfer full) (nullable): the autosaved copy,
 *   $XDG_STATE_HOME/indicadores/autosave/SHA256.indicadores; NULL for a
 *   report not read from a file.
 */
GFile *
ind_project_get_autosave_file (IndProject *self)
{
  const char *checksum;
  g_autofree char *name = NULL;

  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);

  checksum = ind_report_get_source_checksum (self->report);
  if (checksum == NULL)
    return NULL;
  name = g_strconcat (checksum, IND_PROJECT_SUFFIX, NULL);
  return g_file_new_build_filename (g_get_user_state_dir (), "indicadores", "autosave", name, NULL);
}

guint
ind_project_get_autosave_delay (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), 0);
  return self->autosave_delay;
}

/**
 * ind_project_set_autosave_delay:
 * @msec: how long after the last change to write; 0 turns autosave off
 *
 * Off by default; the window sets %IND_PROJECT_AUTOSAVE_MSEC. The timer
 * runs on the default main context.
 */
void
ind_project_set_autosave_delay (IndProject *self,
                                guint       msec)
{
  g_return_if_fail (IND_IS_PROJECT (self));

  if (self->autosave_delay == msec)
    return;
  self->autosave_delay = msec;
  if (self->autosave_source != 0)
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      if (msec > 0)
        self->autosave_source = g_timeout_add (msec, autosave_timeout, self);
      else
        self->autosave_pending = FALSE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/* Accessors */

IndReport *
ind_project_get_report (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return self->report;
}

/* Where the report was read from; NULL if unknown. */
GFile *
ind_project_get_report_file (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return self->report_file;
}

/* The project file; NULL until the user saves one. */
GFile *
ind_project_get_file (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return self->file;
}

/* TRUE when remarks changed since they were last written to the
 * project's file (or there is no such file yet). */
gboolean
ind_project_get_dirty (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  return self->dirty;
}

/* TRUE when the loaded remarks were written for other bytes than the
 * open report's (a corrected or later version of it). */
gboolean
ind_project_get_report_changed (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  return self->report_changed;
}

/* The remark at @path, orphan or not; NULL if none. */
const char *
ind_project_get_remark (IndProject *self,
                        const char *path)
{
  IndRemark *remark;

  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  remark = g_hash_table_lookup (self->by_path, path);
  return remark != NULL ? remark->text : NULL;
}

/**
 * ind_project_set_remark:
 * @text: (nullable): the remark; NULL or "" removes it
 *
 * The same as ind_item_set_note() on the item, and also works on an
 * orphan (removing one is how the user lets it go). Undoable.
 *
 * Returns: FALSE if @path is neither an item of the report nor an orphan
 */
gboolean
ind_project_set_remark (IndProject *self,
                        const char *path,
                        const char *text)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!ind_report_get_notes_held (self->report), FALSE);

  if (ind_report_find_item (self->report, path) == NULL &&
      !g_hash_table_contains (self->by_path, path))
    return FALSE;
  edit_remark (self, path, text, TRUE, NULL);
  return TRUE;
}

/* Every remark as IndRemark, in report order, orphans last. */
GListModel *
ind_project_get_remarks (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->remarks);
}

/* The remarks whose path the report no longer has, by path. */
GListModel *
ind_project_get_orphans (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->orphans);
}

gboolean
ind_project_get_can_undo (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  return self->undo->len > 0;
}

gboolean
ind_project_get_can_redo (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), FALSE);
  return self->redo->len > 0;
}

/* Moves the last step of @from to @to, applying its old or new text. */
static const char *
replay (IndProject *self,
        GPtrArray  *from,
        GPtrArray  *to,
        gboolean    backwards)
{
  gboolean could_undo = ind_project_get_can_undo (self);
  gboolean could_redo = ind_project_get_can_redo (self);
  UndoStep *step;

  g_return_val_if_fail (!ind_report_get_notes_held (self->report), NULL);
  if (from->len == 0)
    return NULL;
  step = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, step);
  self->merge_open = FALSE;
  notify_undo_state (self, could_undo, could_redo);
  edit_remark (self, step->path, backwards ? step->old_text : step->new_text, FALSE, step->nombre);
  return step->path;
}

/**
 * ind_project_undo:
 *
 * Returns: (nullable): the path whose remark changed back, for the
 *   window to show it; NULL when there was nothing to undo
 */
const char *
ind_project_undo (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return replay (self, self->undo, self->redo, TRUE);
}

/* As ind_project_undo(), the other way. */
const char *
ind_project_redo (IndProject *self)
{
  g_return_val_if_fail (IND_IS_PROJECT (self), NULL);
  return replay (self, self->redo, self->undo, FALSE);
}
