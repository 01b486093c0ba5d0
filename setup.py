"""Copies the top-level ``forms/`` and ``resources/`` into wheels as ``libdesk/_data``.

An editable install and a source checkout read them from the checkout itself; a PyInstaller
bundle carries them beside the code. ``libdesk.config.data_dir`` finds all three.
"""
import pathlib
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithData(build_py):
    def run(self):
        super().run()
        root = pathlib.Path(__file__).resolve().parent
        target = pathlib.Path(self.build_lib) / "libdesk" / "_data"
        for name in ("forms", "resources"):
            shutil.copytree(root / name, target / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithData})
