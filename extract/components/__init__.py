"""The registered spaCy components of the pipeline (see extract/pipeline.py for the order).

Each module registers one factory with a versioned name (`tkg_<job>_v<N>`) that declares
what it requires and assigns.
"""
