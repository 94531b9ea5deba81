/* test-cli.c: the command line, run as a user would, with no display
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ind-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs indicadores with @args, without DISPLAY or WAYLAND_DISPLAY. */
static void
run_cli (Run                *run,
         const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_ptr_array_add (argv, (char *)g_getenv ("INDICADORES_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("«%s» not found in:\n%s", fragment, text);
}

static void
test_summary (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "--summary", ind_test_sample_path (), NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_contains (run.out, "TEHUACÁN, PUEBLA");
  assert_contains (run.out, "Periodo: al 31 de marzo de 2024 · primer trimestre");
  assert_contains (run.out, "101 PROGRAMA DE RECAUDACIÓN");
  assert_contains (run.out, "$109,247,224.41");
  assert_contains (run.out, "$168,837,476.42");
  assert_contains (run.out, "$45,455,380.04");
  assert_contains (run.out, "$42,165,072.84");
  /* % ejercido of the whole report: 45,455,380.04 / 168,837,476.42 */
  assert_contains (run.out, "26.9%");
  assert_contains (run.out, "coinciden al centavo con la línea SUMAS");
  assert_contains (run.out, "una diferencia de $41,095,190.60");
  assert_contains (run.out, "CLORACION DE LOS 24 POZOS, 4 TANQ");
}

static void
test_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object, *totals, *p103;
  JsonArray *items;

  run_cli (&run, (const char *[]) { "--json", ind_test_sample_path (), NULL });
  g_assert_cmpint (run.status, ==, 0);
  root = json_from_string (run.out, &error);
  g_assert_no_error (error);

  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "text");
  g_assert_cmpstr (json_object_get_string_member (object, "period_end"), ==, "2024-03-31");
  totals = json_object_get_object_member (object, "totals");
  g_assert_cmpint (json_object_get_int_member (totals, "modificado"), ==, 16883747642);
  g_assert_cmpint (json_object_get_int_member (totals, "pagado"), ==, 4216507284);

  items = json_object_get_array_member (object, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 4);
  p103 = json_array_get_object_element (items, 2);
  g_assert_cmpstr (json_object_get_string_member (p103, "path"), ==, "103");
  g_assert_cmpstr (json_object_get_string_member (p103, "kind"), ==, "programa");
  g_assert_true (json_object_get_null_member (p103, "avance_financiero"));
  {
    JsonArray *components = json_object_get_array_member (p103, "children");
    JsonObject *lost = json_array_get_object_element (components, 1);

    g_assert_cmpstr (json_object_get_string_member (lost, "path"), ==, "103/C?1");
    g_assert_true (json_object_get_boolean_member (lost, "missing"));
    g_assert_true (json_object_get_null_member (lost, "modificado"));
    g_assert_true (json_object_get_null_member (lost, "clave"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (lost, "children")), ==, 3);
  }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "diagnostics")), >, 0);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-existe.txt", NULL);
  g_autofree char *other = g_build_filename (dir, "otro-informe.csv", NULL);
  g_auto(Run) missing_run = { 0 };
  g_auto(Run) other_run = { 0 };
  g_autoptr(GError) error = NULL;

  run_cli (&missing_run, (const char *[]) { "--summary", missing, NULL });
  g_assert_cmpint (missing_run.status, ==, 2);
  g_assert_cmpstr (missing_run.out, ==, "");
  g_assert_cmpstr (missing_run.err, ==, "indicadores: no-existe.txt: El archivo no existe.\n");

  g_file_set_contents (other, "Concepto,Aprobado\nAgua,1\n", -1, &error);
  g_assert_no_error (error);
  run_cli (&other_run, (const char *[]) { "--json", other, NULL });
  g_assert_cmpint (other_run.status, ==, 2);
  g_assert_true (g_str_has_prefix (other_run.err, "indicadores: otro-informe.csv: No es un informe"));
  /* one line */
  g_assert_cmpint (strchr (other_run.err, '\n') - other_run.err, ==, strlen (other_run.err) - 1);
}

static void
test_usage (void)
{
  g_auto(Run) no_file = { 0 };
  g_auto(Run) both = { 0 };

  run_cli (&no_file, (const char *[]) { "--summary", NULL });
  g_assert_cmpint (no_file.status, ==, 1);
  g_assert_cmpstr (no_file.err, ==, "indicadores: Indique exactamente un archivo de informe.\n");

  run_cli (&both, (const char *[]) { "--summary", "--json", ind_test_sample_path (), NULL });
  g_assert_cmpint (both.status, ==, 1);
}

/* An export into a folder that is not there says which folder, in the
 * app's words, and exits 3. */
static void
test_export_missing_folder (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "actas", "2024", NULL);
  g_autofree char *out = g_build_filename (folder, "informe.xlsx", NULL);
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, (const char *[]) { "--export-xlsx", out, ind_test_sample_path (), NULL });
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("indicadores: No se pudo escribir «informe.xlsx»: la carpeta %s no existe.\n", folder);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_null (strstr (run.err, "fichero"));
  g_rmdir (dir);
}

/* ---- --remarks and --compare ------------------------------------------- */

/* The summary goes on with the comparison of the periods. */
static void
test_summary_compare (void)
{
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_auto(Run) run = { 0 };
  const char *report, *comparison;

  run_cli (&run, (const char *[]) { "--summary", "--compare", june, ind_test_sample_path (), NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  report = strstr (run.out, "Periodo: al 31 de marzo de 2024 · primer trimestre");
  comparison = strstr (run.out, "1. al 31 de marzo de 2024 · primer trimestre (oosapat-indicadores-2024-03.txt)");
  g_assert_nonnull (report);
  g_assert_nonnull (comparison);
  g_assert_true (report < comparison);
  assert_contains (comparison, "2. al 30 de junio de 2024 · segundo trimestre (oosapat-indicadores-2024-06.txt)");
  assert_contains (comparison, "101 PROGRAMA DE RECAUDACIÓN EFICIENTE, PARA UN OOSAPAT AL SERVICIO DE LA GENTE\n"
                               "  1. Modificado $14,757,499.81 · 79.9% ejercido\n"
                               "  2. Modificado $14,757,499.81 · 97.2% ejercido\n");
  assert_contains (comparison, "- 101/C01/A06 REALIZAR 4 CAMPAÑAS DE REGULARIZACIÓN DE TOMAS CLANDESTINAS\n");
  assert_contains (comparison, "- 101/C02/A05 ");
  assert_contains (comparison, "- 102/C01/A06 «REALIZAR INFORME");
}

/* The summary lists the remarks; the one whose item is gone is said so,
 * on the summary and on stderr, and the JSON carries the notes. */
static void
test_remarks (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *remarks = ind_test_write_remarks (dir);
  g_auto(Run) summary = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *p101;

  run_cli (&summary, (const char *[]) { "--summary", "--remarks", remarks, ind_test_sample_path (), NULL });
  g_assert_cmpint (summary.status, ==, 0);
  assert_contains (summary.out, "Comentarios para el consejo (4):\n");
  assert_contains (summary.out, "- 101: El programa 101 va adelantado porque se pagó el convenio anual");
  assert_contains (summary.out, "- 104/C01: Nómina del trimestre.\n");
  assert_contains (summary.out, "- 101/C01/A06 (no está en este informe): Campaña nueva aprobada");
  g_assert_cmpstr (summary.err, ==, "indicadores: observaciones.indicadores: 1 comentario es sobre un elemento "
                                    "que este informe no tiene; se lista aparte.\n");

  run_cli (&json, (const char *[]) { "--json", "--remarks", remarks, ind_test_sample_path (), NULL });
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, &error);
  g_assert_no_error (error);
  p101 = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "items"), 0);
  g_assert_cmpstr (json_object_get_string_member (p101, "note"), ==, ind_test_remarks[0].text);

  g_unlink (remarks);
  g_rmdir (dir);
}

/* A remarks file that cannot be used stops with 2 and one line naming
 * it; so does a report to compare with that cannot be. */
static void
test_remarks_and_compare_refused (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-existe.indicadores", NULL);
  g_autofree char *damaged = g_build_filename (dir, "dañado.indicadores", NULL);
  g_autofree char *other = g_build_filename (dir, "otro-ente.txt", NULL);
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) other_text = NULL;
  g_auto(Run) run_missing = { 0 };
  g_auto(Run) run_damaged = { 0 };
  g_auto(Run) run_report = { 0 };
  g_auto(Run) run_other = { 0 };
  g_auto(Run) run_same = { 0 };
  g_auto(Run) run_unreadable = { 0 };

  run_cli (&run_missing, (const char *[]) { "--summary", "--remarks", missing, ind_test_sample_path (), NULL });
  g_assert_cmpint (run_missing.status, ==, 2);
  g_assert_cmpstr (run_missing.out, ==, "");
  g_assert_cmpstr (run_missing.err, ==, "indicadores: no-existe.indicadores: El archivo no existe.\n");

  g_file_set_contents (damaged, "{ \"format\": \"indicadores-remarks\", \"remarks\": ", -1, &error);
  g_assert_no_error (error);
  run_cli (&run_damaged, (const char *[]) { "--export-pdf", missing, "--remarks", damaged,
                                            ind_test_sample_path (), NULL });
  g_assert_cmpint (run_damaged.status, ==, 2);
  g_assert_cmpstr (run_damaged.err, ==,
                   "indicadores: dañado.indicadores: El archivo de comentarios está dañado y no se puede leer.\n");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* the report and the remarks swapped */
  run_cli (&run_report, (const char *[]) { "--summary", "--remarks", ind_test_sample_path (),
                                           ind_test_sample_path (), NULL });
  g_assert_cmpint (run_report.status, ==, 2);
  g_assert_cmpstr (run_report.err, ==,
                   "indicadores: oosapat-indicadores-2024-03.txt: No es un archivo de comentarios de Indicadores.\n");

  /* the second quarter of another entity */
  g_file_get_contents (june, &contents, NULL, &error);
  g_assert_no_error (error);
  other_text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (other_text, "TEHUACÁN", "ATLIXCO", 0), >, 0);
  g_file_set_contents (other, other_text->str, -1, &error);
  g_assert_no_error (error);
  run_cli (&run_other, (const char *[]) { "--export-xlsx", missing, "--compare", other,
                                          ind_test_sample_path (), NULL });
  g_assert_cmpint (run_other.status, ==, 2);
  expected = g_strdup_printf ("indicadores: oosapat-indicadores-2024-03.txt y otro-ente.txt son informes de "
                              "entes distintos: solo se pueden comparar informes del mismo ente.\n");
  g_assert_cmpstr (run_other.err, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  run_cli (&run_same, (const char *[]) { "--summary", "--compare", ind_test_sample_path (),
                                         ind_test_sample_path (), NULL });
  g_assert_cmpint (run_same.status, ==, 2);
  assert_contains (run_same.err, "son ambos del periodo que termina el 31 de marzo de 2024");

  run_cli (&run_unreadable, (const char *[]) { "--summary", "--compare", june, "--compare", missing,
                                               ind_test_sample_path (), NULL });
  g_assert_cmpint (run_unreadable.status, ==, 2);
  g_assert_cmpstr (run_unreadable.err, ==, "indicadores: no-existe.indicadores: El archivo no existe.\n");

  g_unlink (damaged);
  g_unlink (other);
  g_rmdir (dir);
}

/* --remarks and --compare go only with the actions that use them; the
 * comparison chart needs --compare, and --compare that chart. */
static void
test_remarks_and_compare_usage (void)
{
  g_autofree char *dir = ind_test_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "comparacion.png", NULL);
  g_autofree char *june = ind_test_fixture_path (IND_TEST_SECOND_QUARTER);
  g_autofree char *remarks = ind_test_write_remarks (dir);
  g_autofree char *head = NULL;
  gsize length;
  static const struct { const char *args[9]; const char *err; } refused[] = {
    { { "--json", "--compare", "@june", "@sample" },
      "indicadores: --compare solo se usa con --summary, --export-xlsx, --export-chart, --export-pdf, --export-slides, --export-pptx.\n" },
    { { "--export-chart", "@png", "--remarks", "@remarks", "@sample" },
      "indicadores: --remarks solo se usa con --summary, --json, --export-xlsx, --export-pdf, --export-slides, --export-pptx.\n" },
    { { "--export-chart", "@png", "--chart", "comparacion", "@sample" },
      "indicadores: La gráfica comparacion necesita el informe de otro periodo: agregue --compare OTRO.\n" },
    { { "--export-chart", "@png", "--chart", "avance", "--compare", "@june", "@sample" },
      "indicadores: Con --compare, la gráfica es comparacion.\n" },
    { { "--export-chart", "@png", "--program", "999", "--compare", "@june", "@sample" },
      "indicadores: oosapat-indicadores-2024-03.txt no tiene el programa o componente «999».\n" },
    /* the chart's options with another action, or with none */
    { { "--export-slides", "@png", "--chart", "avance", "@sample" },
      "indicadores: --chart solo se usa con --export-chart.\n" },
    { { "--summary", "--width", "800", "@sample" },
      "indicadores: --width solo se usa con --export-chart.\n" },
    { { "--program", "101", "@sample" },
      "indicadores: --program solo se usa con --export-chart.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      const char *args[G_N_ELEMENTS (refused[i].args)] = { NULL };
      g_auto(Run) run = { 0 };

      for (guint k = 0; refused[i].args[k] != NULL; k++)
        {
          const char *arg = refused[i].args[k];

          args[k] = g_str_equal (arg, "@june") ? june : g_str_equal (arg, "@sample") ? ind_test_sample_path ()
                    : g_str_equal (arg, "@png") ? png : g_str_equal (arg, "@remarks") ? remarks : arg;
        }
      run_cli (&run, args);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.err, ==, refused[i].err);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }

  /* the comparison chart, of the programs and of a component only in June's */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, (const char *[]) { "--export-chart", png, "--compare", june, "--program",
                                        i == 0 ? "101" : "101/c01", ind_test_sample_path (), NULL });
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_get_contents (png, &head, &length, NULL));
      g_assert_cmpmem (head, 8, "\x89PNG\r\n\x1a\n", 8);
      g_clear_pointer (&head, g_free);
      g_unlink (png);
    }
  g_unlink (remarks);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/cli/summary", test_summary);
  g_test_add_func ("/cli/json", test_json);
  g_test_add_func ("/cli/unreadable", test_unreadable);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/export-missing-folder", test_export_missing_folder);
  g_test_add_func ("/cli/summary-compare", test_summary_compare);
  g_test_add_func ("/cli/remarks", test_remarks);
  g_test_add_func ("/cli/remarks-and-compare-refused", test_remarks_and_compare_refused);
  g_test_add_func ("/cli/remarks-and-compare-usage", test_remarks_and_compare_usage);

  return g_test_run ();
}
