"""The py2cpp validation harness (validate/py2cpp_validate.py is the command line).

Modules, in pipeline order: spec (what to run), reference (the Python side), values (argument
types and command-line literals), tool (py2cpp and the compiled driver), manifest (result files),
compare (the maths), report (table and JSON), validation (the pipeline itself).
"""
