/* ind-summary-band.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-summary-band.h"
#include "ind-ui-util.h"

struct _IndSummaryBand
{
  AdwBin     parent_instance;

  GtkLabel  *entity_label;
  GtkLabel  *period_label;
  GtkLabel  *modificado_label;
  GtkLabel  *devengado_label;
  GtkLabel  *ejercido_label;
  GtkLabel  *pace_label;
  GtkWidget *spread_box;
  GtkWidget *on_pace_box;
  GtkImage  *on_pace_icon;
  GtkLabel  *on_pace_label;
  GtkWidget *off_pace_box;
  GtkImage  *off_pace_icon;
  GtkLabel  *off_pace_label;
  GtkWidget *far_box;
  GtkImage  *far_icon;
  GtkLabel  *far_label;
  GtkLabel  *pagado_label;
  GtkLabel  *observations_label;
  GtkWidget *observations_button;

  IndReport        *report;
  IndSemaforoBands  bands;
};

G_DEFINE_FINAL_TYPE (IndSummaryBand, ind_summary_band, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The report's own SUMAS line when it has one (a difference from the
 * programs is an observation), else the sum of the programs. */
static gint64
get_total (IndReport *report,
           IndMoney   column)
{
  gint64 total;

  if (!ind_report_get_total (report, column, &total))
    total = ind_report_sum_programs (report, column);
  return total;
}

static void
set_money (GtkLabel *label,
           gint64    centavos)
{
  g_autofree char *text = ind_format_money (centavos);

  gtk_label_set_text (label, text);
}

static void
update_observations (IndSummaryBand *self)
{
  guint n = g_list_model_get_n_items (ind_report_get_diagnostics (self->report));
  guint errors = ind_report_count_diagnostics (self->report, IND_SEVERITY_ERROR);
  guint warnings = ind_report_count_diagnostics (self->report, IND_SEVERITY_WARNING);
  guint notes = ind_report_count_diagnostics (self->report, IND_SEVERITY_INFO);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *e = g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors);
  g_autofree char *w = g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings);
  g_autofree char *i = g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes);
  /* Translators: the kinds of observations, e.g. "1 error, 11 warnings, 1 note" */
  g_autofree char *tooltip = g_strdup_printf (_("%s, %s, %s"), e, w, i);

  gtk_label_set_text (self->observations_label, count);
  gtk_widget_set_tooltip_text (self->observations_button, tooltip);
  gtk_widget_set_sensitive (self->observations_button, n > 0);
}

/* One group of programs in the semáforo's shape; hidden when empty. */
static void
show_group (GtkWidget   *box,
            GtkImage    *icon,
            GtkLabel    *label,
            IndSemaforo  semaforo,
            guint        n,
            char        *text)
{
  g_autofree char *owned = text;

  gtk_widget_set_visible (box, n > 0);
  ind_ui_show_semaforo (box, icon, semaforo);
  gtk_label_set_text (label, owned);
}

/* The expected pace of the period, and how many programs are on it, off
 * it, and far ahead or behind, in the semáforo's bands. */
static void
update_pace (IndSummaryBand *self)
{
  IndPaceSpread spread;
  g_autofree char *pace_text = NULL;
  g_autofree char *far = NULL;
  g_autofree char *bands = NULL;
  guint n_far, n_off;
  double pace;

  gtk_widget_set_visible (GTK_WIDGET (self->pace_label), ind_report_get_expected_pace (self->report, &pace));
  if (gtk_widget_get_visible (GTK_WIDGET (self->pace_label)))
    {
      g_autofree char *percent = ind_format_percent (pace, 1);

      pace_text = g_strdup_printf (_("Expected pace: %s"), percent);
      gtk_label_set_text (self->pace_label, pace_text);
    }

  gtk_widget_set_visible (self->spread_box, ind_findings_get_spread (self->report, &self->bands, &spread));
  if (!gtk_widget_get_visible (self->spread_box))
    return;
  n_far = spread.n_far_ahead + spread.n_far_behind;
  n_off = spread.n_off - n_far;
  if (spread.n_far_ahead > 0 && spread.n_far_behind > 0)
    far = g_strdup_printf (_("%u far ahead, %u far behind"), spread.n_far_ahead, spread.n_far_behind);
  else if (spread.n_far_ahead > 0)
    far = g_strdup_printf (ngettext ("%u far ahead", "%u far ahead", n_far), n_far);
  else
    far = g_strdup_printf (ngettext ("%u far behind", "%u far behind", n_far), n_far);
  show_group (self->on_pace_box, self->on_pace_icon, self->on_pace_label, IND_SEMAFORO_GREEN,
              spread.n_programs - spread.n_off,
              g_strdup_printf (ngettext ("%u on pace", "%u on pace", spread.n_programs - spread.n_off),
                               spread.n_programs - spread.n_off));
  show_group (self->off_pace_box, self->off_pace_icon, self->off_pace_label, IND_SEMAFORO_YELLOW, n_off,
              g_strdup_printf (ngettext ("%u off pace", "%u off pace", n_off), n_off));
  show_group (self->far_box, self->far_icon, self->far_label, IND_SEMAFORO_RED, n_far, g_steal_pointer (&far));
  bands = ind_semaforo_describe_bands (&self->bands);
  gtk_widget_set_tooltip_text (self->spread_box, bands);
}

/**
 * ind_summary_band_set_bands:
 *
 * The semáforo's bands, from the preferences.
 */
void
ind_summary_band_set_bands (IndSummaryBand         *self,
                            const IndSemaforoBands *bands)
{
  g_return_if_fail (IND_IS_SUMMARY_BAND (self));
  g_return_if_fail (bands != NULL);

  self->bands = *bands;
  if (self->report != NULL)
    update_pace (self);
}

static void
update (IndSummaryBand *self)
{
  g_autofree char *period = NULL;
  g_autofree char *ejercido = NULL;
  const char *entity;
  gint64 modificado, devengado;

  if (self->report == NULL)
    return;

  entity = ind_report_get_entity (self->report);
  if (entity == NULL)
    entity = ind_report_get_source_name (self->report);
  gtk_label_set_text (self->entity_label, entity);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entity_label), entity);
  period = ind_format_period (ind_report_get_period_end (self->report));
  gtk_label_set_text (self->period_label, period);

  modificado = get_total (self->report, IND_MONEY_MODIFICADO);
  devengado = get_total (self->report, IND_MONEY_DEVENGADO);
  set_money (self->modificado_label, modificado);
  set_money (self->devengado_label, devengado);
  set_money (self->pagado_label, get_total (self->report, IND_MONEY_PAGADO));
  ejercido = modificado != 0 ? ind_format_percent (100.0 * devengado / modificado, 1) : g_strdup ("—");
  gtk_label_set_text (self->ejercido_label, ejercido);

  update_pace (self);
  update_observations (self);
}

IndReport *
ind_summary_band_get_report (IndSummaryBand *self)
{
  g_return_val_if_fail (IND_IS_SUMMARY_BAND (self), NULL);
  return self->report;
}

void
ind_summary_band_set_report (IndSummaryBand *self,
                             IndReport      *report)
{
  g_return_if_fail (IND_IS_SUMMARY_BAND (self));
  g_return_if_fail (report == NULL || IND_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

static void
ind_summary_band_dispose (GObject *object)
{
  IndSummaryBand *self = IND_SUMMARY_BAND (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), IND_TYPE_SUMMARY_BAND);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (ind_summary_band_parent_class)->dispose (object);
}

static void
ind_summary_band_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IndSummaryBand *self = IND_SUMMARY_BAND (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_summary_band_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  IndSummaryBand *self = IND_SUMMARY_BAND (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      ind_summary_band_set_report (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ind_summary_band_class_init (IndSummaryBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ind_summary_band_dispose;
  object_class->get_property = ind_summary_band_get_property;
  object_class->set_property = ind_summary_band_set_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, IND_TYPE_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ind-summary-band.ui");
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, entity_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, period_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, modificado_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, devengado_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, ejercido_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, pace_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, spread_box);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, on_pace_box);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, on_pace_icon);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, on_pace_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, off_pace_box);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, off_pace_icon);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, off_pace_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, far_box);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, far_icon);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, far_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, pagado_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, observations_label);
  gtk_widget_class_bind_template_child (widget_class, IndSummaryBand, observations_button);
  gtk_widget_class_set_css_name (widget_class, "summaryband");
}

static void
ind_summary_band_init (IndSummaryBand *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ind_semaforo_bands_init (&self->bands);
}
