/* ind-item.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ind-item.h"
#include "ind-item-private.h"
#include "ind-report-private.h"

struct _IndItem
{
  GObject    parent_instance;

  IndKind    kind;
  char      *clave;
  char      *path;
  char      *nombre;
  char      *unidad;
  char      *note;
  IndItem   *parent;     /* weak: the parent owns its children */
  GPtrArray *children;

  gint64     money[IND_N_MONEY];
  double     percent[IND_N_PERCENT];
  gint64     meta;
  gint64     alcanzado;
  guint      money_known : IND_N_MONEY;
  guint      percent_known : IND_N_PERCENT;
  guint      meta_known : 1;
  guint      alcanzado_known : 1;
  guint      missing : 1;

  guint      line;
  guint      page;
  IndReport *report;     /* on a program: the report it is in (weak) */
};

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

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (IndItem, ind_item, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      list_model_iface_init))

enum {
  PROP_0,
  PROP_KIND,
  PROP_CLAVE,
  PROP_PATH,
  PROP_NOMBRE,
  PROP_MISSING,
  PROP_NOTE,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ind_item_get_item_type (GListModel *model)
{
  return IND_TYPE_ITEM;
}

static guint
ind_item_get_n_items (GListModel *model)
{
  return IND_ITEM (model)->children->len;
}

static gpointer
ind_item_get_item (GListModel *model,
                   guint       position)
{
  IndItem *self = IND_ITEM (model);

  if (position >= self->children->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->children, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ind_item_get_item_type;
  iface->get_n_items = ind_item_get_n_items;
  iface->get_item = ind_item_get_item;
}

static void
ind_item_finalize (GObject *object)
{
  IndItem *self = (IndItem *)object;

  g_clear_pointer (&self->clave, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->nombre, g_free);
  g_clear_pointer (&self->unidad, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (ind_item_parent_class)->finalize (object);
}

static void
ind_item_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  IndItem *self = IND_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_CLAVE:
      g_value_set_string (value, self->clave);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_NOMBRE:
      g_value_set_string (value, self->nombre);
      break;
    case PROP_MISSING:
      g_value_set_boolean (value, self->missing);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_item_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  IndItem *self = IND_ITEM (object);

  switch (prop_id)
    {
    case PROP_NOMBRE:
      ind_item_set_nombre (self, g_value_get_string (value));
      break;
    case PROP_MISSING:
      ind_item_set_missing (self, g_value_get_boolean (value));
      break;
    case PROP_NOTE:
      ind_item_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_item_class_init (IndItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ind_item_finalize;
  object_class->get_property = ind_item_get_property;
  object_class->set_property = ind_item_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      IND_KIND_PROGRAMA, IND_KIND_ACTIVIDAD, IND_KIND_PROGRAMA,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLAVE] =
    g_param_spec_string ("clave", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOMBRE] =
    g_param_spec_string ("nombre", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MISSING] =
    g_param_spec_boolean ("missing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ind_item_init (IndItem *self)
{
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
}

IndItem *
ind_item_new (IndKind     kind,
              const char *clave,
              const char *path)
{
  IndItem *self;

  g_return_val_if_fail (kind <= IND_KIND_ACTIVIDAD, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (IND_TYPE_ITEM, NULL);
  self->kind = kind;
  self->clave = g_strdup (clave);
  self->path = g_strdup (path);
  return self;
}

IndKind
ind_item_get_kind (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), IND_KIND_PROGRAMA);
  return self->kind;
}

/* The key as printed ("101", "Componente 01"); NULL for a placeholder. */
const char *
ind_item_get_clave (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->clave;
}

/* The item's identity ("101/C01/A03"): keys restart under each parent. */
const char *
ind_item_get_path (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->path;
}

const char *
ind_item_get_nombre (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->nombre;
}

void
ind_item_set_nombre (IndItem    *self,
                     const char *nombre)
{
  g_return_if_fail (IND_IS_ITEM (self));

  if (set_str (&self->nombre, nombre))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMBRE]);
}

IndItem *
ind_item_get_parent (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->parent;
}

IndItem *
ind_item_get_program (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);

  while (self->parent != NULL)
    self = self->parent;
  return self;
}

guint
ind_item_get_depth (IndItem *self)
{
  guint depth = 0;

  g_return_val_if_fail (IND_IS_ITEM (self), 0);

  for (IndItem *iter = self->parent; iter != NULL; iter = iter->parent)
    depth++;
  return depth;
}

guint
ind_item_get_n_children (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), 0);
  return self->children->len;
}

/* Borrowed, unlike g_list_model_get_item(). */
IndItem *
ind_item_get_child (IndItem *self,
                    guint    position)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  g_return_val_if_fail (position < self->children->len, NULL);
  return g_ptr_array_index (self->children, position);
}

void
ind_item_append_child (IndItem *self,
                       IndItem *child)
{
  g_return_if_fail (IND_IS_ITEM (self));
  g_return_if_fail (IND_IS_ITEM (child));
  g_return_if_fail (child->parent == NULL);

  child->parent = self;
  g_ptr_array_add (self->children, g_object_ref (child));
  g_list_model_items_changed (G_LIST_MODEL (self), self->children->len - 1, 0, 1);
}

gboolean
ind_item_get_money (IndItem  *self,
                    IndMoney  column,
                    gint64   *centavos)
{
  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);
  g_return_val_if_fail (column < IND_N_MONEY, FALSE);

  if (centavos != NULL)
    *centavos = self->money[column];
  return (self->money_known & (1u << column)) != 0;
}

void
ind_item_set_money (IndItem  *self,
                    IndMoney  column,
                    gint64    centavos)
{
  g_return_if_fail (IND_IS_ITEM (self));
  g_return_if_fail (column < IND_N_MONEY);

  self->money[column] = centavos;
  self->money_known |= 1u << column;
}

gboolean
ind_item_get_percent (IndItem    *self,
                      IndPercent  column,
                      double     *percent)
{
  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);
  g_return_val_if_fail (column < IND_N_PERCENT, FALSE);

  if (percent != NULL)
    *percent = self->percent[column];
  return (self->percent_known & (1u << column)) != 0;
}

void
ind_item_set_percent (IndItem    *self,
                      IndPercent  column,
                      double      percent)
{
  g_return_if_fail (IND_IS_ITEM (self));
  g_return_if_fail (column < IND_N_PERCENT);

  self->percent[column] = percent;
  self->percent_known |= 1u << column;
}

static gboolean
ratio_percent (gint64  numerator,
               gint64  denominator,
               double *percent)
{
  if (denominator == 0)
    return FALSE;
  if (percent != NULL)
    *percent = 100.0 * (double)numerator / (double)denominator;
  return TRUE;
}

/* "% ejercido": devengado ÷ modificado, computed, never the reported
 * %AV.FIN (the two differ in real reports). */
gboolean
ind_item_get_ejercido (IndItem *self,
                       double  *percent)
{
  gint64 modificado, devengado;

  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  if (!ind_item_get_money (self, IND_MONEY_MODIFICADO, &modificado) ||
      !ind_item_get_money (self, IND_MONEY_DEVENGADO, &devengado))
    return FALSE;
  return ratio_percent (devengado, modificado, percent);
}

/* "% pagado": pagado ÷ modificado. */
gboolean
ind_item_get_pagado_share (IndItem *self,
                           double  *percent)
{
  gint64 modificado, pagado;

  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  if (!ind_item_get_money (self, IND_MONEY_MODIFICADO, &modificado) ||
      !ind_item_get_money (self, IND_MONEY_PAGADO, &pagado))
    return FALSE;
  return ratio_percent (pagado, modificado, percent);
}

/* The weight as the report defines it: the row's modificado over its
 * program's, for components and activities alike. */
gboolean
ind_item_get_computed_ponderado (IndItem *self,
                                 double  *percent)
{
  IndItem *program;
  gint64 own, total;

  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  program = ind_item_get_program (self);
  if (program == self ||
      !ind_item_get_money (self, IND_MONEY_MODIFICADO, &own) ||
      !ind_item_get_money (program, IND_MONEY_MODIFICADO, &total))
    return FALSE;
  return ratio_percent (own, total, percent);
}

/* The report prints %AV.FIN with three decimals: closer than this to
 * Devengado ÷ Modificado is the same figure. */
#define AVANCE_FINANCIERO_TOLERANCE 0.01

/* TRUE when the row prints a %AV.FIN other than its own Devengado ÷
 * Modificado; FALSE when they agree or either is unknown. */
gboolean
ind_item_avance_financiero_differs (IndItem *self)
{
  double reported, computed;

  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  return ind_item_get_percent (self, IND_PERCENT_AVANCE_FINANCIERO, &reported) &&
         ind_item_get_ejercido (self, &computed) &&
         fabs (reported - computed) > AVANCE_FINANCIERO_TOLERANCE;
}

/* TRUE when the row reports a result: physical progress (%AV.FIS) or
 * units reached (Alcanzado) above zero. */
gboolean
ind_item_reports_results (IndItem *self)
{
  double fisico;
  gint64 alcanzado;

  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  return (ind_item_get_percent (self, IND_PERCENT_AVANCE_FISICO, &fisico) && fisico > 0) ||
         (ind_item_get_alcanzado (self, &alcanzado) && alcanzado > 0);
}

/* The row under @self that accounts for at least @share percent of its
 * Devengado; the deepest one when both a component and one of its
 * activities do. An only child is not a driver: it is its parent over
 * again; nor are two halves. NULL when no row does. */
IndItem *
ind_item_find_driver (IndItem *self,
                      double   share)
{
  IndItem *driver = NULL;
  gint64 total;

  g_return_val_if_fail (IND_IS_ITEM (self), NULL);

  if (!ind_item_get_money (self, IND_MONEY_DEVENGADO, &total) || total <= 0)
    return NULL;
  for (IndItem *parent = self, *next; parent != NULL; parent = next)
    {
      guint n_found = 0;

      next = NULL;
      for (guint i = 0; i < parent->children->len; i++)
        {
          IndItem *child = g_ptr_array_index (parent->children, i);
          gint64 value;

          if (ind_item_get_money (child, IND_MONEY_DEVENGADO, &value) &&
              100.0 * (double)value / (double)total >= share)
            {
              next = child;
              n_found++;
            }
        }
      if (n_found > 1)
        break;
      if (next != NULL && parent->children->len > 1)
        driver = next;
    }
  return driver;
}

gboolean
ind_item_get_meta (IndItem *self,
                   gint64  *meta)
{
  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  if (meta != NULL)
    *meta = self->meta;
  return self->meta_known;
}

void
ind_item_set_meta (IndItem *self,
                   gint64   meta)
{
  g_return_if_fail (IND_IS_ITEM (self));

  self->meta = meta;
  self->meta_known = TRUE;
}

gboolean
ind_item_get_alcanzado (IndItem *self,
                        gint64  *alcanzado)
{
  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);

  if (alcanzado != NULL)
    *alcanzado = self->alcanzado;
  return self->alcanzado_known;
}

void
ind_item_set_alcanzado (IndItem *self,
                        gint64   alcanzado)
{
  g_return_if_fail (IND_IS_ITEM (self));

  self->alcanzado = alcanzado;
  self->alcanzado_known = TRUE;
}

const char *
ind_item_get_unidad (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->unidad;
}

void
ind_item_set_unidad (IndItem    *self,
                     const char *unidad)
{
  g_return_if_fail (IND_IS_ITEM (self));
  set_str (&self->unidad, unidad);
}

/* TRUE for the placeholder standing in for a header lost with a page. */
gboolean
ind_item_get_missing (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), FALSE);
  return self->missing;
}

void
ind_item_set_missing (IndItem  *self,
                      gboolean  missing)
{
  g_return_if_fail (IND_IS_ITEM (self));

  missing = !!missing;
  if (self->missing != missing)
    {
      self->missing = missing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING]);
    }
}

/* The user's remark for the council. */
const char *
ind_item_get_note (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), NULL);
  return self->note;
}

/* The report of @self's tree, or NULL for items in none. */
static IndReport *
report_of (IndItem *self)
{
  while (self->parent != NULL)
    self = self->parent;
  return self->report;
}

/* Called by the report as a program joins it or it is finalized. */
void
_ind_item_set_report (IndItem   *program,
                      IndReport *report)
{
  g_return_if_fail (IND_IS_ITEM (program));
  g_return_if_fail (program->parent == NULL);

  program->report = report;
}

/* Refused (with a critical) while the report's notes are held
 * (ind_report_hold_notes()): an export's thread is reading them. */
void
ind_item_set_note (IndItem    *self,
                   const char *note)
{
  IndReport *report;

  g_return_if_fail (IND_IS_ITEM (self));
  report = report_of (self);
  g_return_if_fail (report == NULL || !ind_report_get_notes_held (report));

  if (note != NULL && *note == '\0')
    note = NULL;
  if (set_str (&self->note, note))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
      if (report != NULL)
        _ind_report_note_changed (report, self);
    }
}

/* Where the row stands in the source: line for text, page for PDF; 0 is
 * unknown. */
guint
ind_item_get_line (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), 0);
  return self->line;
}

guint
ind_item_get_page (IndItem *self)
{
  g_return_val_if_fail (IND_IS_ITEM (self), 0);
  return self->page;
}

void
ind_item_set_source (IndItem *self,
                     guint    line,
                     guint    page)
{
  g_return_if_fail (IND_IS_ITEM (self));

  self->line = line;
  self->page = page;
}
