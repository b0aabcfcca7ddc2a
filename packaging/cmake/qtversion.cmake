# The one place that knows which Qt major version we build against.
# Default is Qt 6; -DQT_MAJOR_VERSION=5 builds the same sources on Qt 5.15
# with KF5 SyntaxHighlighting (design.md section 6). Never mix majors.
set(QT_MAJOR_VERSION 6 CACHE STRING "Qt major version to build against (5 or 6)")
set_property(CACHE QT_MAJOR_VERSION PROPERTY STRINGS 5 6)
if(NOT QT_MAJOR_VERSION MATCHES "^[56]$")
    message(FATAL_ERROR "QT_MAJOR_VERSION must be 5 or 6, not '${QT_MAJOR_VERSION}'")
endif()

set(QT Qt${QT_MAJOR_VERSION})
if(QT_MAJOR_VERSION EQUAL 5)
    find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Sql Network Charts Svg Test)
    find_package(Qt5LinguistTools REQUIRED)
    find_package(KF5SyntaxHighlighting REQUIRED)
    set(PAPERSCOPE_KSH_TARGET KF5::SyntaxHighlighting)
else()
    find_package(Qt6 6.2 REQUIRED COMPONENTS Core Gui Widgets Sql Network Charts Svg Test)
    find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
    # KF6 when the distribution has it; never KF5 from a Qt 6 build.
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(PAPERSCOPE_KSH_TARGET KF6::SyntaxHighlighting)
    endif()
endif()

# The window keeps shared libraries' passwords in the desktop keyring
# (Debian: qtkeychain-qt6-dev, qt5keychain-dev); Qt D-Bus tells whether a
# session bus (and so possibly a keyring) is there at all.
find_package(${QT}Keychain REQUIRED)
find_package(${QT} REQUIRED COMPONENTS DBus)
set(PAPERSCOPE_KEYCHAIN_TARGET qt${QT_MAJOR_VERSION}keychain)

if(PAPERSCOPE_KSH_TARGET)
    message(STATUS "BibTeX preview highlighted by ${PAPERSCOPE_KSH_TARGET}")
else()
    message(STATUS "KSyntaxHighlighting not found: BibTeX preview is plain text")
endif()
