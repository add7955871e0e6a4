# One build target per pipeline stage, so that the direction of the pipeline is enforced by
# the build: a stage's headers are reachable ("stage/x.hpp") only from targets that link
# that stage. Each stage gets an include root of its own holding a single link to its
# source folder (build/stage-include/<stage>/<stage> → src/<stage>); the include root is
# the stage's PUBLIC include directory, so it reaches exactly the stages that name it in
# their DEPENDS.
#
#   gongwen_stage(<name> [HEADER_ONLY] DEPENDS <stage>... LIBS <third-party>... SOURCES <extra>...)
#
# gives the target gongwen_<name> (an OBJECT library, or INTERFACE when HEADER_ONLY).
function(gongwen_stage name)
  cmake_parse_arguments(STAGE "HEADER_ONLY" "" "DEPENDS;LIBS;SOURCES" ${ARGN})
  set(root ${PROJECT_BINARY_DIR}/stage-include/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${name} ${root}/${name} SYMBOLIC)
  set(target gongwen_${name})
  list(TRANSFORM STAGE_DEPENDS PREPEND gongwen_)
  if(STAGE_HEADER_ONLY)
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE $<BUILD_INTERFACE:${root}>)
    target_link_libraries(${target} INTERFACE ${STAGE_DEPENDS} ${STAGE_LIBS})
    target_compile_features(${target} INTERFACE cxx_std_20)
    return()
  endif()
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  add_library(${target} OBJECT ${sources} ${STAGE_SOURCES})
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE ${GONGWEN_WARNINGS})
  target_compile_definitions(${target} PRIVATE GONGWEN_BUILDING)
  # Stages are PUBLIC (a stage's headers may name types of the stages before it); the
  # third-party libraries are PRIVATE to the stage that uses them.
  target_link_libraries(${target} PUBLIC ${STAGE_DEPENDS} PRIVATE ${STAGE_LIBS})
endfunction()
