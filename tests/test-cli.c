/* test-cli.c: the command line, run as a user would, with no display
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  ind_test_init (&argc, &argv);

  g_test_add_func ("/cli/summary", test_summary);
  g_test_add_func ("/cli/json", test_json);
  g_test_add_func ("/cli/unreadable", test_unreadable);
  g_test_add_func ("/cli/usage", test_usage);

  return g_test_run ();
}
